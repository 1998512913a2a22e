using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Figure;

internal sealed class FigureRenderer : LayoutObjectRenderer<FigureBlock>
{
    protected override void Write(LayoutRenderer renderer, FigureBlock obj) =>
        renderer.Add(new WordDiagram(obj.Words, renderer.Theme.Body));
}
