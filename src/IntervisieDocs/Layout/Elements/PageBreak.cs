namespace IntervisieDocs.Layout;

/// <summary>Ends the page; at the top of a page it does nothing (no blank pages).</summary>
internal sealed class PageBreak : Element
{
    private bool _done;

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _done || context.IsWholePage(available) ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    public override void Draw(Rect area, LayoutContext context) => _done = true;

    public override void Reset() => _done = false;
}
