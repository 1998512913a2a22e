using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary>Inline HTML is never interpreted: <c>&lt;b&gt;</c> prints as <c>&lt;b&gt;</c>.</summary>
internal sealed class HtmlInlineRenderer : LayoutObjectRenderer<HtmlInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlInline obj) => renderer.Spans.Append(obj.Tag);
}
