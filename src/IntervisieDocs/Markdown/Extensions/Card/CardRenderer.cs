using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Card;

/// <summary>
/// For now a framed box that never splits. Card sizes (A6, cut marks, bleed) belong to the card
/// products, which will place these boxes on their own pages.
/// </summary>
internal sealed class CardRenderer : LayoutObjectRenderer<CardBlock>
{
    protected override void Write(LayoutRenderer renderer, CardBlock obj)
    {
        var theme = renderer.Theme;
        var box = new Box(renderer.RenderChildren(obj), theme.Card, obj.Title, theme.BoxTitle);
        renderer.Add(new Layout.KeepTogether(box));
    }
}
