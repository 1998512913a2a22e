using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary>A hard break (two spaces or a backslash at the line end) breaks the line; a soft one is a space.</summary>
internal sealed class LineBreakInlineRenderer : LayoutObjectRenderer<LineBreakInline>
{
    protected override void Write(LayoutRenderer renderer, LineBreakInline obj) => renderer.Spans.Append(obj.IsHard ? "\n" : " ");
}
