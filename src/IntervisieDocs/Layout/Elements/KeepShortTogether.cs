namespace IntervisieDocs.Layout;

/// <summary>
/// Moves a short block (a paragraph no taller than <paramref name="share"/> of a whole page) to the
/// next page rather than split it, so that a card's "vervolg" does not start in the middle of a
/// sentence. A taller block splits as usual, so a next page always makes progress (unlike
/// <see cref="KeepTogether"/>, which asks for a page with nothing else on it).
/// </summary>
internal sealed class KeepShortTogether(Element child, double share) : Element
{
    public override IEnumerable<Element> Children => [child];

    public override bool KeepWithNext => child.KeepWithNext;

    public override string Describe() => child.Describe();

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var plan = child.Measure(available, context);
        if (!plan.IsPartial || context.IsWholePage(available))
        {
            return plan;
        }

        var whole = child.Measure(available with { Height = context.WholePageHeight }, context);
        return whole.IsComplete && whole.Height <= share * context.WholePageHeight
            ? SpacePlan.Wrap($"{child.Describe()} blijft bij elkaar en past hier niet")
            : plan;
    }

    public override void Draw(Rect area, LayoutContext context) => child.Draw(area, context);
}
