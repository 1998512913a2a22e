namespace IntervisieDocs.Layout;

/// <summary>
/// Children stacked top to bottom with a gap between them. Splits between children or inside the
/// child that reaches the page end; a heading is never left as the last thing on a page.
/// </summary>
internal sealed class Column : Element
{
    private readonly List<Element> _children;
    private int _current;

    public Column(IEnumerable<Element> children, double spacing = 0)
    {
        _children = [.. children];
        Spacing = spacing;
    }

    public double Spacing { get; }

    public override IEnumerable<Element> Children => _children;

    public override SpacePlan Measure(Size available, LayoutContext context) => Plan(available, context, null);

    public override void Draw(Rect area, LayoutContext context)
    {
        var placements = new List<Placement>();
        Plan(area.Size, context, placements);
        BeginStructure(area, context);
        foreach (var p in placements)
        {
            _children[p.Index].Draw(new Rect(area.X, area.Y + p.Y, area.Width, p.Room), context);
            if (p.Plan.IsComplete)
            {
                _current = p.Index + 1;
            }
        }

        EndStructure(area, context);
    }

    public override void Reset()
    {
        _current = 0;
        base.Reset();
    }

    /// <param name="Room">The height offered to the child when it was measured.</param>
    private readonly record struct Placement(int Index, double Y, double Room, SpacePlan Plan);

    /// <param name="placements">Where each child goes, for drawing; null when only measuring (measuring
    /// is by far the more frequent, and the list was most of a layout's garbage).</param>
    private SpacePlan Plan(Size available, LayoutContext context, List<Placement>? placements)
    {
        double y = 0;
        double width = 0;
        var placedAny = false;
        for (var i = _current; i < _children.Count; i++)
        {
            var gap = placedAny ? Spacing : 0;
            var room = new Size(available.Width, Math.Max(0, available.Height - y - gap));
            var plan = _children[i].Measure(room, context);

            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    // Still "drawn", so elements such as a page break at a page top can finish.
                    placements?.Add(new Placement(i, y, room.Height, plan));
                    continue;
                case SpacePlanKind.Wrap:
                    return placedAny ? SpacePlan.Partial(width, y) : SpacePlan.Wrap(plan.Reason ?? "past niet");
                case SpacePlanKind.Partial:
                    placements?.Add(new Placement(i, y + gap, room.Height, plan));
                    return SpacePlan.Partial(Math.Max(width, plan.Width), y + gap + plan.Height);
            }

            if (placedAny && _children[i].KeepWithNext && !NextFits(i, available.Height - (y + gap + plan.Height), available.Width, context))
            {
                return SpacePlan.Partial(width, y);
            }

            placements?.Add(new Placement(i, y + gap, room.Height, plan));
            y += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            placedAny = true;
        }

        return placedAny ? SpacePlan.Full(width, y) : SpacePlan.Empty();
    }

    /// <summary>Whether at least a first part of the element after <paramref name="index"/> fits below it.</summary>
    private bool NextFits(int index, double heightLeft, double width, LayoutContext context)
    {
        for (var j = index + 1; j < _children.Count; j++)
        {
            var plan = _children[j].Measure(new Size(width, Math.Max(0, heightLeft - Spacing)), context);
            if (plan.IsEmpty)
            {
                continue;
            }

            return !plan.IsWrap && !(plan.IsPartial && plan.Height <= Units.Epsilon);
        }

        return true;
    }
}
