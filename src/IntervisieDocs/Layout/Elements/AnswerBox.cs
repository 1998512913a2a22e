namespace IntervisieDocs.Layout;

/// <summary>
/// An empty framed box of a given height to write in, never split. An optional label sits inside
/// the frame, top left, wrapping within it; the box grows only if the label needs more room.
/// </summary>
internal sealed class AnswerBox : AtomicElement
{
    public static readonly TextStyle DefaultLabelStyle = new(FontFace.Italic, 8, Color.Gray(90));
    private static readonly Stroke Frame = new(0.8, Color.Gray(80));
    private static readonly double Pad = Units.Mm(1.5);
    private readonly Paragraph? _label;

    public AnswerBox(double heightMm, string? label = null, TextStyle? labelStyle = null)
    {
        Height = Units.Mm(heightMm);
        Label = label;
        _label = label is null ? null : new Paragraph([new Span(label, labelStyle ?? DefaultLabelStyle)], TextAlignment.Left, 1.2);
    }

    /// <summary>The asked height in points.</summary>
    public double Height { get; }

    public string? Label { get; }

    public override IEnumerable<Element> Children => _label is null ? [] : [_label];

    public override string Describe() =>
        $"Antwoordvak ({Units.ToMm(Height):0.#} mm{(Label is null ? "" : ", \"" + Label + "\"")})";

    protected override Size Natural(double availableWidth, LayoutContext context) =>
        new(availableWidth, Math.Max(Height, LabelHeight(availableWidth, context) + (2 * Pad)));

    protected override void Paint(Rect area, LayoutContext context)
    {
        using (context.Structure.Artifact())
        {
            context.Canvas.DrawRectangle(area, null, Frame);
        }

        _label?.Draw(new Rect(area.X + Pad, area.Y + Pad, LabelWidth(area.Width), area.Height - (2 * Pad)), context);
    }

    private static double LabelWidth(double width) => Math.Max(1, width - (2 * Pad));

    private double LabelHeight(double width, LayoutContext context) =>
        _label?.LinesFor(LabelWidth(width), context).Sum(l => l.Height) ?? 0;
}
