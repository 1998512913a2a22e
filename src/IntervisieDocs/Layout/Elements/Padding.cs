namespace IntervisieDocs.Layout;

internal readonly record struct Thickness(double Left, double Top, double Right, double Bottom)
{
    public static Thickness All(double value) => new(value, value, value, value);
    public static Thickness Symmetric(double horizontal, double vertical) => new(horizontal, vertical, horizontal, vertical);
    public double Horizontal => Left + Right;
    public double Vertical => Top + Bottom;
}

/// <summary>Space around a child, kept on every page the child spans.</summary>
internal sealed class Padding(Element child, Thickness padding) : Element
{
    public Element Child { get; } = child;

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var inner = new Size(available.Width - padding.Horizontal, available.Height - padding.Vertical);
        if (inner.Width <= 0 || inner.Height < 0)
        {
            return Child.Measure(new Size(1, 0), context).IsEmpty
                ? SpacePlan.Empty()
                : SpacePlan.Wrap($"{Child.Describe()}: geen ruimte binnen de marges");
        }

        SpacePlan plan;
        using (context.Inset(padding.Vertical))
        {
            plan = Child.Measure(inner, context);
        }

        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(plan.Width + padding.Horizontal, plan.Height + padding.Vertical),
            SpacePlanKind.Partial => SpacePlan.Partial(plan.Width + padding.Horizontal, plan.Height + padding.Vertical),
            _ => plan,
        };
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        BeginStructure(area, context);
        using (context.Inset(padding.Vertical))
        {
            Child.Draw(area.Deflate(padding.Left, padding.Top, padding.Right, padding.Bottom), context);
        }

        EndStructure(area, context);
    }
}
