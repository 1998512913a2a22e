using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary>Text as written; Markdig has already turned <c>\*</c> into <c>*</c>.</summary>
internal sealed class LiteralInlineRenderer : LayoutObjectRenderer<LiteralInline>
{
    protected override void Write(LayoutRenderer renderer, LiteralInline obj) => renderer.Spans.Append(obj.Content.ToString());
}
