namespace IntervisieDocs.Layout;

/// <summary>One area of a <see cref="FixedAreas"/> page, relative to the page's body, and what fills it.</summary>
internal sealed record FixedArea(Rect Area, Element Content);

/// <summary>A straight line to draw on a <see cref="FixedAreas"/> page (a cut or crop mark), relative to the body.</summary>
internal readonly record struct MarkLine(double X1, double Y1, double X2, double Y2)
{
    public Rect Bounds => new(Math.Min(X1, X2), Math.Min(Y1, Y2), Math.Abs(X2 - X1), Math.Abs(Y2 - Y1));
}

/// <summary>
/// A whole page of fixed areas, each laid out as a small page of its own (cards on a sheet, a card on
/// a print-shop page), plus marks drawn on top. The content of an area may be a part of something
/// that continues in a later area: it draws as much as fits and keeps its progress. Content that
/// cannot put anything in its area is a <see cref="LayoutException"/>, never clipped.
/// </summary>
internal sealed class FixedAreas(IReadOnlyList<FixedArea> areas, IReadOnlyList<MarkLine> marks, Stroke markStroke) : AtomicElement
{
    public IReadOnlyList<FixedArea> Areas { get; } = areas;

    public IReadOnlyList<MarkLine> Marks { get; } = marks;

    public override IEnumerable<Element> Children => Areas.Select(a => a.Content);

    public override string Describe() => $"Vaste vlakken ({Areas.Count})";

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var extents = Areas.Select(a => a.Area).Concat(Marks.Select(m => m.Bounds)).ToList();
        return new Size(extents.Select(r => r.Right).DefaultIfEmpty(0).Max(), extents.Select(r => r.Bottom).DefaultIfEmpty(0).Max());
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        foreach (var fixedArea in Areas)
        {
            var target = fixedArea.Area with { X = area.X + fixedArea.Area.X, Y = area.Y + fixedArea.Area.Y };

            // Each area is read whole, in order; what continues in a later area starts a new element there.
            var depth = context.Structure.Depth;
            DrawAsPage(fixedArea.Content, target, context);
            context.Structure.CloseTo(depth);
        }

        using var artifact = context.Structure.Artifact(); // Cut and crop marks.
        foreach (var mark in Marks)
        {
            context.Canvas.DrawLine(area.X + mark.X1, area.Y + mark.Y1, area.X + mark.X2, area.Y + mark.Y2, markStroke);
        }
    }

    /// <summary>
    /// Lays <paramref name="content"/> out with <paramref name="target"/> as the whole page: elements
    /// that decide by "is this a fresh page?" (keep-together, table rows, page breaks) ask the context.
    /// </summary>
    public static SpacePlan DrawAsPage(Element content, Rect target, LayoutContext context)
    {
        var page = context.PageContentSize;
        context.PageContentSize = target.Size;
        try
        {
            var plan = content.Measure(target.Size, context);
            if (plan.IsWrap)
            {
                throw new LayoutException($"{content.Describe()} past niet in een vlak van {Units.ToMm(target.Width):0.#} × {Units.ToMm(target.Height):0.#} mm: {plan.Reason}");
            }

            content.Draw(target, context);
            return plan;
        }
        finally
        {
            context.PageContentSize = page;
        }
    }
}
