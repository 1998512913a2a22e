using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary><c>&amp;amp;</c> → &amp;, <c>&amp;#233;</c> → é: entities are characters, not markup.</summary>
internal sealed class HtmlEntityInlineRenderer : LayoutObjectRenderer<HtmlEntityInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlEntityInline obj) => renderer.Spans.Append(obj.Transcoded.ToString());
}
