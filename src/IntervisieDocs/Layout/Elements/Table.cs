namespace IntervisieDocs.Layout;

/// <summary>
/// Rows under a header that repeats on every page. A row that does not fit moves to the next page
/// whole; only a row taller than a page is split.
/// </summary>
internal sealed class Table : Element
{
    private readonly Row[] _header;
    private readonly Row[] _rows;
    private int _nextRow;

    public Table(IReadOnlyList<Row> header, IReadOnlyList<Row> rows)
    {
        _header = [.. header];
        _rows = [.. rows];
        if (_header.Length == 0)
        {
            return; // Without a header row it is a layout grid (a name and date line), not a data table.
        }

        Tag = new StructureTag(StructureRole.Table);
        foreach (var row in _header)
        {
            row.Tag = new StructureTag(StructureRole.TR);
            row.CellTags = [.. row.Children.Select(_ => new StructureTag(StructureRole.TH))];
        }

        foreach (var row in _rows)
        {
            row.Tag = new StructureTag(StructureRole.TR);
            row.CellTags = [.. row.Children.Select(_ => new StructureTag(StructureRole.TD))];
        }
    }

    public override IEnumerable<Element> Children => [.. _header, .. _rows];

    public override string Describe() => $"Tabel ({_rows.Length} rijen)";

    public override SpacePlan Measure(Size available, LayoutContext context) => Plan(available, context).Result;

    public override void Draw(Rect area, LayoutContext context)
    {
        var (_, headerHeights, rows) = Plan(area.Size, context);
        var y = area.Y;
        BeginStructure(area, context);
        var continued = _nextRow > 0;
        for (var i = 0; i < _header.Length; i++)
        {
            _header[i].Reset();

            // The header repeated on a later page is an artifact: it is in the structure once.
            var depth = context.Structure.Depth;
            if (continued)
            {
                context.Structure.Open(_header, StructureTag.Artifact, area);
            }

            _header[i].Draw(new Rect(area.X, y, area.Width, area.Bottom - y), context);
            context.Structure.CloseTo(depth);
            y += headerHeights[i];
        }

        foreach (var (index, plan) in rows)
        {
            if (!plan.IsEmpty)
            {
                using (context.Inset(headerHeights.Sum()))
                {
                    _rows[index].Draw(new Rect(area.X, y, area.Width, area.Bottom - y), context);
                }

                y += plan.Height;
            }

            if (plan.IsComplete)
            {
                _nextRow = index + 1;
            }
        }

        EndStructure(area, context);
    }

    public override void Reset()
    {
        _nextRow = 0;
        base.Reset();
    }

    private (SpacePlan Result, double[] HeaderHeights, List<(int Index, SpacePlan Plan)> Rows) Plan(Size available, LayoutContext context)
    {
        var placed = new List<(int, SpacePlan)>();
        if (_nextRow >= _rows.Length)
        {
            return (SpacePlan.Empty(), [], placed);
        }

        var headerHeights = new double[_header.Length];
        double y = 0;
        for (var i = 0; i < _header.Length; i++)
        {
            _header[i].Reset();
            var plan = _header[i].Measure(new Size(available.Width, available.Height - y), context);
            if (!plan.IsComplete)
            {
                return (SpacePlan.Wrap($"{Describe()}: de kopregel past niet"), headerHeights, placed);
            }

            headerHeights[i] = plan.Height;
            y += plan.Height;
        }

        var headerTotal = y;
        var rowsOnPage = 0;
        for (var r = _nextRow; r < _rows.Length; r++)
        {
            SpacePlan plan;
            using (context.Inset(headerTotal))
            {
                plan = _rows[r].Measure(new Size(available.Width, available.Height - y), context);
            }

            if (plan.IsEmpty)
            {
                placed.Add((r, plan));
                continue;
            }

            if (plan.IsWrap)
            {
                return rowsOnPage > 0
                    ? (SpacePlan.Partial(available.Width, Rebalance(r, placed, rowsOnPage, y, available.Width, headerTotal, context)), headerHeights, placed)
                    : (SpacePlan.Wrap($"{Describe()}, rij {r + 1}: {plan.Reason}"), headerHeights, placed);
            }

            // A row that a fresh page could hold whole moves there instead of splitting.
            var atTopOfFreshPage = rowsOnPage == 0 && context.IsWholePage(available);
            if (plan.IsPartial && !atTopOfFreshPage && FitsOnFreshPage(r, available.Width, headerTotal, context))
            {
                return rowsOnPage > 0
                    ? (SpacePlan.Partial(available.Width, Rebalance(r, placed, rowsOnPage, y, available.Width, headerTotal, context)), headerHeights, placed)
                    : (SpacePlan.Wrap($"{Describe()}: rij {r + 1} past pas op een nieuwe pagina"), headerHeights, placed);
            }

            placed.Add((r, plan));
            y += plan.Height;
            rowsOnPage++;
            if (plan.IsPartial)
            {
                return (SpacePlan.Partial(available.Width, y), headerHeights, placed);
            }
        }

        return (SpacePlan.Full(available.Width, y), headerHeights, placed);
    }

    /// <summary>Where a table breaks, the rows it carries over fill at least this share of the next page.</summary>
    public const double MinCarriedShare = 0.25;

    /// <summary>
    /// When the table breaks before row <paramref name="next"/> and the rows left would fill only a
    /// sliver of the next page (only the repeated header and a total, say), rows move from this page
    /// to that one until they fill a quarter of it, as long as one row stays here: no stub pages, and
    /// a total never alone under its header. Returns the height used on this page.
    /// </summary>
    private double Rebalance(int next, List<(int Index, SpacePlan Plan)> placed, int rowsOnPage, double y, double width, double headerHeight, LayoutContext context)
    {
        var target = MinCarriedShare * context.WholePageHeight;
        double carried = 0;
        using (context.Inset(headerHeight))
        {
            for (var r = next; r < _rows.Length && carried < target; r++)
            {
                var plan = _rows[r].Measure(new Size(width, context.WholePageHeight), context);
                if (!plan.IsComplete)
                {
                    return y;
                }

                carried += plan.Height;
            }
        }

        while (carried < target && rowsOnPage > 1)
        {
            var last = placed.FindLastIndex(p => !p.Plan.IsEmpty);
            if (last < 0 || !placed[last].Plan.IsComplete)
            {
                break;
            }

            y -= placed[last].Plan.Height;
            carried += placed[last].Plan.Height;
            placed.RemoveRange(last, placed.Count - last);
            rowsOnPage--;
        }

        return y;
    }

    private bool FitsOnFreshPage(int row, double width, double headerHeight, LayoutContext context)
    {
        using (context.Inset(headerHeight))
        {
            return _rows[row].Measure(new Size(width, context.WholePageHeight), context).Kind == SpacePlanKind.Full;
        }
    }
}
