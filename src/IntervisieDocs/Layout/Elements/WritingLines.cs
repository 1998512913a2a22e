namespace IntervisieDocs.Layout;

/// <summary>Ruled lines to write on with a pen; a long block splits between lines.</summary>
internal sealed class WritingLines : Element
{
    public static readonly Stroke LineStroke = new(0.5, Color.Gray(130));
    private int _drawn;

    public WritingLines(int count, double spacingMm = 8.5)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Minstens één schrijfregel.");
        }

        Count = count;
        Spacing = Units.Mm(spacingMm);
        Tag = StructureTag.Artifact;
    }

    public int Count { get; }

    /// <summary>Distance between lines in points.</summary>
    public double Spacing { get; }

    public override string Describe() => $"Schrijfregels ({Count} × {Units.ToMm(Spacing):0.#} mm)";

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var left = Count - _drawn;
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
        var fit = Math.Min(Count - _drawn, (int)Math.Floor((area.Height + Units.Epsilon) / Spacing));
        BeginStructure(area, context);
        for (var i = 1; i <= fit; i++)
        {
            var y = area.Y + (i * Spacing);
            context.Canvas.DrawLine(area.X, y, area.Right, y, LineStroke);
        }

        _drawn += fit;
        context.Structure.Close(this);
    }

    public override void Reset() => _drawn = 0;
}
