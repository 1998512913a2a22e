using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary><c>`code`</c>: the literal text (no monospace face is embedded).</summary>
internal sealed class CodeInlineRenderer : LayoutObjectRenderer<CodeInline>
{
    protected override void Write(LayoutRenderer renderer, CodeInline obj) => renderer.Spans.Append(obj.Content);
}
