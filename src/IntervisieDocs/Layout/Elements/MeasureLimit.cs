namespace IntervisieDocs.Layout;

/// <summary>
/// A child set no wider than <see cref="Width"/> (a readable measure for running text), flush left
/// in a wider column; in a narrower column it takes the column's width.
/// </summary>
internal sealed class MeasureLimit(Element child, double width) : Element
{
    public Element Child { get; } = child;

    public double Width { get; } = width;

    public override IEnumerable<Element> Children => [Child];

    public override bool KeepWithNext => Child.KeepWithNext;

    public override string Describe() => Child.Describe();

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        Child.Measure(available with { Width = Math.Min(available.Width, Width) }, context);

    public override void Draw(Rect area, LayoutContext context)
    {
        BeginStructure(area, context);
        Child.Draw(area with { Width = Math.Min(area.Width, Width) }, context);
        EndStructure(area, context);
    }
}
