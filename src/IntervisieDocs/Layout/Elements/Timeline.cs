using System.Globalization;

namespace IntervisieDocs.Layout;

/// <summary>One step on a <see cref="Timeline"/>.</summary>
/// <param name="Number">Shown in the bar, e.g. "3".</param>
/// <param name="Minutes">Null: the step has no time of its own.</param>
/// <param name="Repeats">How many times the step is done (per topic); shown as parts and "3×".</param>
/// <param name="Start">The clock time the step starts (in a session pack), or null.</param>
/// <param name="PerTopic">Repeated once per topic when the number of topics is not known (a method, not a session): marked "×n".</param>
internal sealed record TimelineStep(string Number, string Title, int? Minutes, bool Optional = false, int Repeats = 1, TimeOnly? Start = null, bool PerTopic = false);

/// <summary>
/// A method's steps as a proportional bar: each step as long as its minutes (all rounds of a step
/// repeated per topic), its number inside, its minutes below; above the bar the clock time of each
/// step's start when the steps have clock times (a session), else the minutes since the start.
/// Optional steps are drawn light with a dashed outline and the key below says so; a repeated step
/// is split into its rounds and marked "3×". Drawn in one piece; a figure with its own description.
/// </summary>
internal sealed class Timeline : AtomicElement
{
    private const double BarHeightMm = 6.5;
    private const double ScaleGapMm = 1.2;

    private readonly TextStyle _small;
    private readonly TextStyle _number;
    private readonly ProportionalBar _bar;
    private readonly Paragraph? _key;

    /// <param name="highlight">The number of the step to stand out (on its step card): that step in the accent, the others light.</param>
    public Timeline(IReadOnlyList<TimelineStep> steps, double fontSize = 7.5, TimeOnly? end = null, string? highlight = null)
    {
        if (steps.Count == 0)
        {
            throw new ArgumentException("Een tijdlijn heeft minstens één stap.", nameof(steps));
        }

        Steps = steps;
        End = end;
        _small = new TextStyle(FontFace.Regular, fontSize, Palette.Ink);
        _number = new TextStyle(FontFace.Bold, fontSize + 1, Palette.Ink);
        var segments = steps.Select((s, i) => new BarSegment(
            Math.Max(0, s.Minutes ?? 0) * Math.Max(1, s.Repeats),
            highlight is null ? (i % 2 == 0 ? Palette.Accent : Palette.Tint45) : (s.Number == highlight ? Palette.Accent : Palette.Tint25),
            s.Number,
            s.Optional,
            Math.Max(1, s.Repeats))).ToList();
        _bar = new ProportionalBar(segments, Units.Mm(BarHeightMm), _number, MinimumPart);
        Tag = StructureTag.Figure(AlternativeText);
        if (Key(steps) is { } key)
        {
            _key = new Paragraph(key, _small.Italic().WithColor(Palette.Muted));
        }
    }

    public override IEnumerable<Element> Children => _key is null ? [_bar] : [_bar, _key];

    /// <summary>What the light parts and the rounds mean, when the steps have them.</summary>
    private static string? Key(IReadOnlyList<TimelineStep> steps)
    {
        var key = new List<string>();
        if (steps.Any(s => s.Optional))
        {
            key.Add("gestippeld: eventueel");
        }

        if (steps.Any(s => s.PerTopic && s.Repeats == 1))
        {
            key.Add("×n: herhaald voor elk onderwerp");
        }

        if (steps.FirstOrDefault(s => s.Repeats > 1 && s.Minutes is not null) is { } r)
        {
            key.Add($"{r.Repeats}× {r.Minutes}: {r.Repeats} ronden van {r.Minutes}\u00A0min, één per onderwerp");
        }

        return key.Count == 0 ? null : "Onder de balk de minuten; " + string.Join("; ", key) + ".";
    }

    public IReadOnlyList<TimelineStep> Steps { get; }

    public TimeOnly? End { get; }

    /// <summary>Room for a two-digit number in the bar.</summary>
    public double MinimumPart => Units.Mm(5.5);

    public int TotalMinutes => Steps.Sum(s => Math.Max(0, s.Minutes ?? 0) * Math.Max(1, s.Repeats));

    private bool Clock => Steps.Any(s => s.Start is not null);

    private double LineHeight => _small.Size * 1.25;

    /// <summary>A sentence that says what the figure shows, for readers that cannot see it.</summary>
    public string AlternativeText =>
        "Tijdlijn: " + string.Join("; ", Steps.Select(s =>
            $"stap {s.Number} {s.Title}" + (s.Minutes is { } m ? $", {Minutes(m)}" : "") +
            (s.Repeats > 1 ? $", {s.Repeats} keer" : s.PerTopic ? ", per onderwerp" : "") + (s.Optional ? ", eventueel" : "") +
            (s.Start is { } t ? $", om {Format(t)}" : ""))) + $"; samen {Minutes(TotalMinutes)}.";

    public override string Describe() => $"Tijdlijn ({Steps.Count} stappen)";

    /// <summary>The bar's area inside an area of this width at (0, 0).</summary>
    public Rect BarArea(double width) => new(0, LineHeight + Units.Mm(ScaleGapMm), width, _bar.Height);

    /// <summary>Each step's part of the bar, for an area of <paramref name="width"/> at (0, 0).</summary>
    public IReadOnlyList<Rect> Parts(double width) => _bar.PartsIn(BarArea(width));

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var height = BarArea(availableWidth).Bottom + Units.Mm(ScaleGapMm) + LineHeight;
        return new Size(availableWidth, _key is null ? height : height + Units.Mm(0.8) + KeyHeight(availableWidth, context));
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        // The figure's alternative text says it all; its drawn numbers are not read twice.
        using var artifact = context.Structure.Artifact();
        var bar = BarArea(area.Width);
        bar = bar with { X = area.X + bar.X, Y = area.Y + bar.Y };
        var parts = _bar.PartsIn(bar);
        _bar.Draw(bar, context);

        var canvas = context.Canvas;
        var measure = context.Measurer;
        var tick = new Stroke(0.5, Palette.Muted);

        // Above: where each step starts (clock time or minutes), left-aligned on its part, skipped
        // when it would run into the previous label; the end at the right edge.
        var scaleBaseline = area.Y + (_small.Size * 0.95);
        var labels = new List<(double X, string Text, bool Right)>();
        var minutes = 0;
        for (var i = 0; i < Steps.Count; i++)
        {
            var start = Steps[i].Start;
            labels.Add((parts[i].X, Clock ? (start is { } t ? Format(t) : "") : minutes.ToString(CultureInfo.InvariantCulture), false));
            minutes += Math.Max(0, Steps[i].Minutes ?? 0) * Math.Max(1, Steps[i].Repeats);
        }

        var endText = Clock ? (End is { } e ? Format(e) : "") : $"{minutes} min";
        var endStyle = _small.Bold();
        var endWidth = measure.Width(endText, endStyle);
        var right = bar.Right - endWidth;
        var lastEnd = double.NegativeInfinity;
        foreach (var (x, text, _) in labels)
        {
            var width = measure.Width(text, _small);
            if (text.Length == 0 || x < lastEnd + Units.Mm(1.5) || x + width > right - Units.Mm(1.5))
            {
                continue;
            }

            canvas.DrawText(text, _small, x, scaleBaseline, width);
            canvas.DrawLine(x, scaleBaseline + (_small.Size * 0.3), x, bar.Y, tick);
            lastEnd = x + width;
        }

        if (endText.Length > 0)
        {
            canvas.DrawText(endText, endStyle, right, scaleBaseline, endWidth);
            canvas.DrawLine(bar.Right - 0.25, scaleBaseline + (_small.Size * 0.3), bar.Right - 0.25, bar.Y, tick);
        }

        // Below: each step's minutes (or rounds) centred on its part, where they fit.
        var belowBaseline = bar.Bottom + Units.Mm(ScaleGapMm) + (_small.Size * 0.95);
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            var text = step.Minutes is { } m ? (step.Repeats > 1 ? $"{step.Repeats}× {m}" : step.PerTopic ? $"{m} ×n" : $"{m}") : "";
            if (text.Length == 0)
            {
                continue;
            }

            var width = measure.Width(text, _small);
            if (width <= parts[i].Width + ProportionalBar.Gap)
            {
                canvas.DrawText(text, _small, parts[i].X + ((parts[i].Width - width) / 2), belowBaseline, width);
            }
        }

        if (_key is not null)
        {
            var top = bar.Bottom + Units.Mm(ScaleGapMm) + LineHeight + Units.Mm(0.8);
            _key.Draw(new Rect(area.X, top, area.Width, KeyHeight(area.Width, context)), context);
        }
    }

    private double KeyHeight(double width, LayoutContext context) => _key?.LinesFor(width, context).Sum(l => l.Height) ?? 0;

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Minutes(int minutes) => $"{minutes}\u00A0min";
}
