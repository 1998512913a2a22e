namespace IntervisieDocs.Layout;

/// <summary>One part of a <see cref="ProportionalBar"/>.</summary>
/// <param name="Weight">Its share (minutes); 0 for a part without a length of its own.</param>
/// <param name="Label">Written in the middle of the part when it fits (a step number).</param>
/// <param name="Dashed">Drawn light with a dashed outline (an optional step).</param>
/// <param name="Divisions">Split by thin lines into this many equal parts (a step repeated per topic).</param>
internal sealed record BarSegment(double Weight, Color Fill, string? Label = null, bool Dashed = false, int Divisions = 1);

/// <summary>
/// A horizontal bar whose parts are as long as their weights, with a minimum length so that a part
/// of a few minutes still carries its label. Drawn in one piece.
/// </summary>
internal sealed class ProportionalBar(IReadOnlyList<BarSegment> segments, double height, TextStyle labelStyle, double minimumWidth) : AtomicElement
{
    /// <summary>Space between two parts.</summary>
    public const double Gap = 1;

    public IReadOnlyList<BarSegment> Segments { get; } = segments;

    public double Height { get; } = height;

    public override string Describe() => $"Balk ({Segments.Count} delen)";

    /// <summary>
    /// Lengths for <paramref name="weights"/> that fill <paramref name="total"/>: proportional, except
    /// that no part is shorter than <paramref name="minimum"/> (the others share what is left in
    /// proportion). When even the minimum does not fit, or no part has a weight, every part gets an equal share.
    /// </summary>
    public static double[] Widths(IReadOnlyList<double> weights, double total, double minimum)
    {
        var n = weights.Count;
        if (n == 0)
        {
            return [];
        }

        if (minimum * n >= total || weights.Sum() <= 0)
        {
            return [.. Enumerable.Repeat(total / n, n)];
        }

        var pinned = new bool[n];
        while (true)
        {
            var free = total - (minimum * pinned.Count(p => p));
            var weight = weights.Where((_, i) => !pinned[i]).Sum();
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                if (!pinned[i] && (weight <= 0 || weights[i] * free / weight < minimum))
                {
                    pinned[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return [.. weights.Select((w, i) => pinned[i] ? minimum : w * free / weight)];
            }
        }
    }

    /// <summary>The rectangle of each part when the bar is drawn in <paramref name="area"/>.</summary>
    public IReadOnlyList<Rect> PartsIn(Rect area)
    {
        var usable = area.Width - (Gap * (Segments.Count - 1));
        var widths = Widths([.. Segments.Select(s => s.Weight)], usable, minimumWidth);
        var rects = new List<Rect>(widths.Length);
        var x = area.X;
        foreach (var w in widths)
        {
            rects.Add(new Rect(x, area.Y, w, Height));
            x += w + Gap;
        }

        return rects;
    }

    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, Height);

    protected override void Paint(Rect area, LayoutContext context)
    {
        var parts = PartsIn(area);
        var radius = Math.Min(Height / 4, Units.Mm(1));
        for (var i = 0; i < Segments.Count; i++)
        {
            var segment = Segments[i];
            var part = parts[i];
            var outline = new VectorPath().AddRoundedRectangle(part, radius);
            if (segment.Dashed)
            {
                context.Canvas.DrawPath(outline, Color.White, new Stroke(0.75, Palette.Accent, Dash: 1.5));
            }
            else
            {
                context.Canvas.DrawPath(outline, segment.Fill, null);
            }

            var lineColor = segment.Dashed ? Palette.Accent : Color.White;
            for (var d = 1; d < segment.Divisions; d++)
            {
                var x = part.X + (part.Width * d / segment.Divisions);
                context.Canvas.DrawLine(x, part.Y + (Height * 0.2), x, part.Bottom - (Height * 0.2), new Stroke(0.75, lineColor));
            }

            if (segment.Label is { } label)
            {
                var style = labelStyle.WithColor(segment.Dashed ? Palette.Ink : Palette.TextOn(segment.Fill));
                var width = context.Measurer.Width(label, style);
                if (width <= part.Width - 2)
                {
                    // Lato's figures are 0.72 em high: centre them on the bar.
                    var baseline = part.Y + (Height / 2) + (style.Size * 0.36);
                    context.Canvas.DrawText(label, style, part.X + ((part.Width - width) / 2), baseline, width);
                }
            }
        }
    }
}
