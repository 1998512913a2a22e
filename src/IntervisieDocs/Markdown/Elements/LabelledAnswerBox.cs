using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown.Elements;

/// <summary>
/// An answer box with a label in the theme's style that wraps inside the frame. The engine's
/// <see cref="AnswerBox"/> draws its label in a fixed style on one line, past the frame when the
/// label is long. The frame matches <see cref="AnswerBox"/>'s and grows if the label needs more room.
/// </summary>
internal sealed class LabelledAnswerBox : AtomicElement
{
    private static readonly Stroke Frame = new(0.8, Color.Gray(80));
    private static readonly double Pad = Units.Mm(1.5);
    private readonly Paragraph _label;

    public LabelledAnswerBox(double heightMm, string label, TextStyle labelStyle)
    {
        Height = Units.Mm(heightMm);
        Label = label;
        _label = new Paragraph([new Span(label, labelStyle)], TextAlignment.Left, 1.2);
    }

    /// <summary>The asked height in points (the box is taller only for a label that needs it).</summary>
    public double Height { get; }

    public string Label { get; }

    public override IEnumerable<Element> Children => [_label];

    public override string Describe() => $"Antwoordvak ({Units.ToMm(Height):0.#} mm, \"{Label}\")";

    protected override Size Natural(double availableWidth, LayoutContext context) =>
        new(availableWidth, Math.Max(Height, LabelHeight(availableWidth, context) + (2 * Pad)));

    protected override void Paint(Rect area, LayoutContext context)
    {
        var labelHeight = LabelHeight(area.Width, context);
        context.Canvas.DrawRectangle(area with { Height = Math.Max(Height, labelHeight + (2 * Pad)) }, null, Frame);
        _label.Draw(new Rect(area.X + Pad, area.Y + Pad, Math.Max(1, area.Width - (2 * Pad)), labelHeight), context);
    }

    private double LabelHeight(double width, LayoutContext context) =>
        _label.LinesFor(Math.Max(1, width - (2 * Pad)), context).Sum(l => l.Height);
}
