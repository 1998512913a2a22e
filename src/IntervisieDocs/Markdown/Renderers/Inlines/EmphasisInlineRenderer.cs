using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary><c>*em*</c> → italic, <c>**strong**</c> → bold; nested, they make bold italic.</summary>
internal sealed class EmphasisInlineRenderer : LayoutObjectRenderer<EmphasisInline>
{
    protected override void Write(LayoutRenderer renderer, EmphasisInline obj)
    {
        var spans = renderer.Spans;
        var style = obj.DelimiterCount >= 2 ? spans.Style.Bold() : spans.Style.Italic();
        spans.PushStyle(style);
        renderer.WriteChildren(obj);
        spans.PopStyle();
    }
}
