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
            renderer.AddRunningText(new Paragraph(spans, TextAlignment.Left, renderer.Theme.LineHeight));
        }
    }
}
