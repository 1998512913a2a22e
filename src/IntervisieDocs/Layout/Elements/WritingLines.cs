namespace IntervisieDocs.Layout;

/// <summary>
/// Ruled lines to write on with a pen; a long block splits between lines. Lines that
/// <see cref="Grows"/> are the main answer of a form: the composer gives them the free space left at
/// the foot of their page (<see cref="Extra"/> lines more), so the page fills with writing space.
/// </summary>
internal sealed class WritingLines : Element
{
    public static readonly Stroke LineStroke = new(0.5, Color.Gray(130));
    private int _drawn;

    public WritingLines(int count, double spacingMm = 8.5, bool grows = false)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Minstens één schrijfregel.");
        }

        Count = count;
        Spacing = Units.Mm(spacingMm);
        Grows = grows;
        Tag = StructureTag.Artifact;
    }

    /// <summary>The lines asked for; <see cref="Extra"/> come on top.</summary>
    public int Count { get; }

    /// <summary>Distance between lines in points.</summary>
    public double Spacing { get; }

    /// <summary>True: at least <see cref="Count"/> lines, and more where the page has room (<c>[[schrijfregels 5+]]</c>).</summary>
    public bool Grows { get; }

    /// <summary>Lines added to fill the page (a layout decision of the composer; 0 unless <see cref="Grows"/>).</summary>
    public int Extra { get; internal set; }

    /// <summary>The lines drawn: <see cref="Count"/> plus <see cref="Extra"/>.</summary>
    public int Total => Count + Extra;

    /// <summary>
    /// True inside a table cell that ends with these lines: the cell's bottom border is the last line, so
    /// it is not drawn twice (the cell has no padding below the lines).
    /// </summary>
    public bool LastLineIsBorder { get; set; }

    /// <summary>The pages (1-based) of the first and the last line in the last layout pass; 0 before.</summary>
    public (int First, int Last) Pages { get; internal set; }

    public override string Describe() => $"Schrijfregels ({Count}{(Grows ? "+" : "")} × {Units.ToMm(Spacing):0.#} mm)";

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var left = Total - _drawn;
        if (left == 0)
        {
            return SpacePlan.Empty();
        }

        var fit = Math.Min(left, (int)Math.Floor((available.Height + Units.Epsilon) / Spacing));
        return fit == 0
            ? SpacePlan.Wrap($"{Describe()}: geen regel past in {Units.ToMm(available.Height):0.#} mm")
            : fit == left ? SpacePlan.Full(available.Width, fit * Spacing) : SpacePlan.Partial(available.Width, fit * Spacing);
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        var fit = Math.Min(Total - _drawn, (int)Math.Floor((area.Height + Units.Epsilon) / Spacing));
        if (fit > 0 && _drawn == 0)
        {
            Pages = (context.PageNumber, context.PageNumber);
        }

        BeginStructure(area, context);
        for (var i = 1; i <= fit; i++)
        {
            if (LastLineIsBorder && _drawn + i == Total)
            {
                break;
            }

            var y = area.Y + (i * Spacing);
            context.Canvas.DrawLine(area.X, y, area.Right, y, LineStroke);
        }

        _drawn += fit;
        if (fit > 0)
        {
            Pages = (Pages.First, context.PageNumber);
        }

        context.Structure.Close(this);
    }

    public override void Reset() => _drawn = 0;
}
