using IntervisieDocs.Layout;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>HTML is never interpreted: a printed form shows it exactly as written.</summary>
internal sealed class HtmlBlockRenderer : LayoutObjectRenderer<HtmlBlock>
{
    protected override void Write(LayoutRenderer renderer, HtmlBlock obj)
    {
        var text = string.Join('\n', obj.Lines.Lines.Take(obj.Lines.Count).Select(l => l.Slice.ToString())).Trim();
        if (text.Length > 0)
        {
            renderer.Add(new Paragraph([new Span(text, renderer.Theme.Body)], TextAlignment.Left, renderer.Theme.LineHeight));
        }
    }
}
