namespace IntervisieDocs.Layout;

/// <summary>
/// A title with an upright bar in the accent colour at its left, the text moved in beside it: it
/// opens a chapter without taking height from the page.
/// </summary>
internal sealed class AccentBar(Element title, double barWidth, double gap) : Element
{
    public override IEnumerable<Element> Children => [title];

    public override bool KeepWithNext => title.KeepWithNext;

    public override string Describe() => title.Describe();

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        title.Measure(available with { Width = Math.Max(0, available.Width - barWidth - gap) }, context);

    public override void Draw(Rect area, LayoutContext context)
    {
        var inner = new Rect(area.X + barWidth + gap, area.Y, Math.Max(0, area.Width - barWidth - gap), area.Height);
        var plan = title.Measure(inner.Size, context);
        using (context.Structure.Artifact())
        {
            context.Canvas.DrawRectangle(new Rect(area.X, area.Y + Units.Mm(0.8), barWidth, Math.Max(0, plan.Height - Units.Mm(1.6))), Palette.Accent, null);
        }

        title.Draw(inner, context);
    }

    public override void Reset()
    {
        title.Reset();
        base.Reset();
    }
}
