namespace IntervisieDocs.Layout;

/// <summary>
/// A numbered rating scale to tick one of (1 to 5): a square per number with the number above it,
/// and the meaning of the ends named beside the first and the last square ("weinig … veel"). Kept
/// on one line; the squares come closer together in a narrow cell, down to a minimum gap.
/// </summary>
internal sealed class NumberScale : AtomicElement
{
    private const double LabelGapMm = 2.5;
    private const double DigitGapMm = 0.8;
    private const double MaxBoxGapMm = 5;
    private const double MinBoxGapMm = 1;
    private readonly TextStyle _label;
    private readonly TextStyle _digit;

    public NumberScale(int from, int to, string? low, string? high, TextStyle label, double boxSizeMm = 5)
    {
        if (from < 0 || to <= from || to - from > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"Een schaal van {from} tot {to} kan niet; 2 tot 10 getallen.");
        }

        (From, To, Low, High) = (from, to, low, high);
        _label = label;
        _digit = new TextStyle(FontFace.Regular, Math.Max(7, label.Size - 1.5), Palette.Muted);
        BoxSize = Units.Mm(boxSizeMm);
        Tag = StructureTag.Figure(AlternativeText);
    }

    public int From { get; }

    public int To { get; }

    /// <summary>What the lowest number means, printed before the first square; null for none.</summary>
    public string? Low { get; }

    /// <summary>What the highest number means, printed after the last square; null for none.</summary>
    public string? High { get; }

    /// <summary>The side of a square in points.</summary>
    public double BoxSize { get; }

    private int Count => To - From + 1;

    private string AlternativeText =>
        $"Schaal van {From}{(Low is null ? "" : $" ({Low})")} tot {To}{(High is null ? "" : $" ({High})")}: kruis één getal aan.";

    public override string Describe() => $"Schaal {From}–{To}";

    private double DigitHeight => _digit.Size * 1.1;

    private (double Low, double High) LabelWidths(LayoutContext context) =>
        (Low is null ? 0 : context.Measurer.Width(Low, _label) + Units.Mm(LabelGapMm),
         High is null ? 0 : context.Measurer.Width(High, _label) + Units.Mm(LabelGapMm));

    /// <summary>The gap between squares that fits <paramref name="width"/>, or null when not even the smallest does.</summary>
    private double? BoxGap(double width, LayoutContext context)
    {
        var (low, high) = LabelWidths(context);
        var room = width - low - high - (Count * BoxSize);
        var gap = Math.Min(Units.Mm(MaxBoxGapMm), room / (Count - 1));
        return gap + Units.Epsilon < Units.Mm(MinBoxGapMm) ? null : gap;
    }

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var (low, high) = LabelWidths(context);
        var gap = BoxGap(availableWidth, context) ?? Units.Mm(MinBoxGapMm);
        var width = low + high + (Count * BoxSize) + ((Count - 1) * gap);
        return new Size(width, DigitHeight + Units.Mm(DigitGapMm) + BoxSize);
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        var canvas = context.Canvas;
        var (low, _) = LabelWidths(context);
        var gap = BoxGap(area.Width, context) ?? Units.Mm(MinBoxGapMm);
        var boxTop = area.Y + DigitHeight + Units.Mm(DigitGapMm);
        var labelBaseline = boxTop + (BoxSize / 2) + (_label.Size * 0.35);
        using var artifact = context.Structure.Artifact(); // The figure's alternative text says it all.
        if (Low is not null)
        {
            canvas.DrawText(Low, _label, area.X, labelBaseline, low - Units.Mm(LabelGapMm));
        }

        var x = area.X + low;
        for (var n = From; n <= To; n++)
        {
            var digit = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var digitWidth = context.Measurer.Width(digit, _digit);
            canvas.DrawText(digit, _digit, x + ((BoxSize - digitWidth) / 2), area.Y + (_digit.Size * 0.8), digitWidth);
            canvas.DrawRectangle(new Rect(x, boxTop, BoxSize, BoxSize), null, new Stroke(0.8, Color.Black));
            x += BoxSize + (n < To ? gap : 0);
        }

        if (High is not null)
        {
            x += Units.Mm(LabelGapMm);
            canvas.DrawText(High, _label, x, labelBaseline, context.Measurer.Width(High, _label));
        }
    }
}
