namespace IntervisieDocs.Layout;

/// <summary>Moves its content to the next page rather than split it; splits only what no page can hold.</summary>
internal sealed class KeepTogether(Element child) : Element
{
    public override IEnumerable<Element> Children => [child];

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var plan = child.Measure(available, context);
        return plan.IsPartial && !context.IsWholePage(available)
            ? SpacePlan.Wrap($"{child.Describe()} blijft bij elkaar en past hier niet")
            : plan;
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        BeginStructure(area, context);
        child.Draw(area, context);
        EndStructure(area, context);
    }
}
