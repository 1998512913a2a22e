using IntervisieDocs.Layout;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

internal sealed class ParagraphRenderer : LayoutObjectRenderer<ParagraphBlock>
{
    protected override void Write(LayoutRenderer renderer, ParagraphBlock obj)
    {
        var spans = renderer.RenderInlines(obj.Inline, renderer.Theme.Body);
        if (spans.Count > 0)
        {
            var paragraph = new Paragraph(spans, TextAlignment.Left, renderer.Theme.LineHeight);
            renderer.AddRunningText(renderer.Theme.KeepParagraphsUpTo > 0 ? new KeepShortTogether(paragraph, renderer.Theme.KeepParagraphsUpTo) : paragraph);
        }
    }
}
