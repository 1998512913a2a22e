namespace IntervisieDocs.Layout;

/// <summary>A column width: fixed in points, or a share of what the fixed columns leave.</summary>
internal readonly record struct ColumnWidth(double Value, bool IsRelative)
{
    public static ColumnWidth Fixed(double points) => new(points, false);
    public static ColumnWidth FixedMm(double mm) => new(Units.Mm(mm), false);
    public static ColumnWidth Relative(double weight = 1) => new(weight, true);

    public static double[] Resolve(IReadOnlyList<ColumnWidth> columns, double total)
    {
        var fixedSum = columns.Where(c => !c.IsRelative).Sum(c => c.Value);
        var weights = columns.Where(c => c.IsRelative).Sum(c => c.Value);
        var rest = Math.Max(0, total - fixedSum);
        return [.. columns.Select(c => c.IsRelative ? (weights > 0 ? rest * c.Value / weights : 0) : c.Value)];
    }
}

/// <summary>
/// Cells side by side, all as tall as the tallest. When a cell splits, the row splits: each cell
/// continues on the next page where it stopped. Optionally draws cell borders and a fill.
/// </summary>
internal sealed class Row : Element
{
    private readonly Element[] _cells;
    private readonly object[] _cellKeys;
    private IReadOnlyList<StructureTag>? _cellTags;
    private readonly IReadOnlyList<ColumnWidth> _columns;

    public Row(IReadOnlyList<Element> cells, IReadOnlyList<ColumnWidth> columns, Stroke? cellBorder = null, Color? fill = null, double gap = 0)
    {
        if (cells.Count != columns.Count)
        {
            throw new ArgumentException($"Een rij heeft {cells.Count} cellen maar {columns.Count} kolommen.", nameof(cells));
        }

        _cells = [.. cells];
        _cellKeys = [.. cells.Select(_ => new object())];
        _columns = columns;
        CellBorder = cellBorder;
        Fill = fill;
        Gap = gap;
    }

    public Stroke? CellBorder { get; }

    /// <summary>
    /// The structure element of each cell (TH/TD in a table, Lbl/LBody in a list item), or null when the
    /// cells are only layout. Cells side by side cannot stay open across a page, so a cell that splits
    /// continues as a second cell of the same row.
    /// </summary>
    public IReadOnlyList<StructureTag>? CellTags
    {
        get => _cellTags;
        set
        {
            _cellTags = value;
            if (value is null)
            {
                return;
            }

            // A table cell that is one paragraph holds its text itself: TD "tekst", not TD > P "tekst".
            for (var i = 0; i < _cells.Length; i++)
            {
                if (value[i].Role is StructureRole.TH or StructureRole.TD && SoleParagraph(_cells[i]) is { } paragraph)
                {
                    paragraph.Tag = null;
                }
            }
        }
    }

    private static Paragraph? SoleParagraph(Element cell)
    {
        var element = cell;
        while (element is not Paragraph)
        {
            var children = element.Children.Take(2).ToList();
            if (children.Count != 1 || element.Tag is not null)
            {
                return null;
            }

            element = children[0];
        }

        return element is Heading ? null : (Paragraph)element;
    }

    public Color? Fill { get; }

    public double Gap { get; }

    public override IEnumerable<Element> Children => _cells;

    public override string Describe() => $"Rij ({string.Join(" | ", _cells.Select(c => c.Describe()))})";

    private double[] Widths(double total) =>
        ColumnWidth.Resolve(_columns, total - (Gap * (_columns.Count - 1)));

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var widths = Widths(available.Width);
        double height = 0;
        var partial = false;
        var any = false;
        for (var i = 0; i < _cells.Length; i++)
        {
            var plan = _cells[i].Measure(new Size(widths[i], available.Height), context);
            switch (plan.Kind)
            {
                case SpacePlanKind.Wrap:
                    return SpacePlan.Wrap($"{_cells[i].Describe()} (kolom {i + 1}): {plan.Reason}");
                case SpacePlanKind.Partial:
                    partial = true;
                    break;
                case SpacePlanKind.Empty:
                    continue;
            }

            any = true;
            height = Math.Max(height, plan.Height);
        }

        if (!any)
        {
            return SpacePlan.Empty();
        }

        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        var widths = Widths(area.Width);
        var rowHeight = Measure(area.Size, context).Height;
        var x = area.X;
        BeginStructure(area, context);
        for (var i = 0; i < _cells.Length; i++)
        {
            if (Fill is not null || CellBorder is not null)
            {
                using var artifact = context.Structure.Artifact();
                context.Canvas.DrawRectangle(new Rect(x, area.Y, widths[i], rowHeight), Fill, CellBorder);
            }

            var depth = context.Structure.Depth;
            var cellArea = new Rect(x, area.Y, widths[i], area.Height);
            context.Structure.Open(_cellKeys[i], CellTags?[i], cellArea);
            _cells[i].Draw(cellArea, context);
            context.Structure.CloseTo(depth);
            x += widths[i] + Gap;
        }

        EndStructure(area, context);
    }
}
