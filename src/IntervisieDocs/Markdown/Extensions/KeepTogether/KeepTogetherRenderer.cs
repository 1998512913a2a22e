using IntervisieDocs.Markdown.Renderers;
using LayoutKeepTogether = IntervisieDocs.Layout.KeepTogether;

namespace IntervisieDocs.Markdown.Extensions.KeepTogether;

internal sealed class KeepTogetherRenderer : LayoutObjectRenderer<KeepTogetherBlock>
{
    protected override void Write(LayoutRenderer renderer, KeepTogetherBlock obj) =>
        renderer.Add(new LayoutKeepTogether(renderer.RenderChildren(obj)));
}
