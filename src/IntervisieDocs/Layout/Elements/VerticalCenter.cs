namespace IntervisieDocs.Layout;

/// <summary>
/// Takes all the height it is offered and puts its content in the middle of it, when the content fits
/// whole; content that has to split is laid out from the top as usual.
/// </summary>
internal sealed class VerticalCenter(Element content) : Element
{
    public override IEnumerable<Element> Children => [content];

    public override string Describe() => content.Describe();

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var plan = content.Measure(available, context);
        return plan.Kind == SpacePlanKind.Full ? SpacePlan.Full(plan.Width, available.Height) : plan;
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        var plan = content.Measure(area.Size, context);
        var offset = plan.Kind == SpacePlanKind.Full ? Math.Max(0, (area.Height - plan.Height) / 2) : 0;
        BeginStructure(area, context);
        content.Draw(area with { Y = area.Y + offset, Height = area.Height - offset }, context);
        EndStructure(area, context);
    }
}
