namespace IntervisieDocs.Layout;

/// <summary>
/// A body with a foot held to the bottom of the space (a card's timeline): takes all the height it
/// is offered, gives the body what the foot leaves, and draws the foot at the bottom edge. The body
/// may split (it goes on in the next area); the foot is drawn whole on every area.
/// </summary>
internal sealed class AnchoredFoot(Element body, Element foot, double gap) : Element
{
    public override IEnumerable<Element> Children => [body, foot];

    public override string Describe() => $"{body.Describe()} met voet";

    private double FootHeight(Size available, LayoutContext context)
    {
        var plan = foot.Measure(available, context);
        return plan.IsWrap ? double.PositiveInfinity : plan.Height + gap;
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var footHeight = FootHeight(available, context);
        if (double.IsPositiveInfinity(footHeight) || footHeight > available.Height)
        {
            return SpacePlan.Wrap($"{Describe()}: de voet past niet");
        }

        var plan = body.Measure(available with { Height = available.Height - footHeight }, context);
        return plan.Kind switch
        {
            SpacePlanKind.Wrap => plan,
            SpacePlanKind.Partial => SpacePlan.Partial(available.Width, available.Height),
            SpacePlanKind.Empty => SpacePlan.Empty(),
            _ => SpacePlan.Full(available.Width, available.Height),
        };
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        var footHeight = FootHeight(area.Size, context);
        body.Draw(area with { Height = area.Height - footHeight }, context);
        var footPlan = foot.Measure(area.Size, context);
        foot.Draw(new Rect(area.X, area.Bottom - footPlan.Height, area.Width, footPlan.Height), context);
        foot.Reset();
    }
}
