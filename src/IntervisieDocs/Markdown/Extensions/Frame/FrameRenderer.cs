using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Frame;

internal sealed class FrameRenderer : LayoutObjectRenderer<FrameBlock>
{
    protected override void Write(LayoutRenderer renderer, FrameBlock obj)
    {
        var theme = renderer.Theme;
        renderer.AddRunningText(new Box(renderer.RenderChildren(obj), obj.Shaded ? theme.ShadedBox : theme.Box, obj.Title, theme.BoxTitle));
    }
}
