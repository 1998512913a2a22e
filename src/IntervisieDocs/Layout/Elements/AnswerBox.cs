namespace IntervisieDocs.Layout;

/// <summary>An empty framed box of a given height to write in; never split.</summary>
internal sealed class AnswerBox(double heightMm, string? label = null) : AtomicElement
{
    private static readonly TextStyle LabelStyle = new(FontFace.Italic, 8, Color.Gray(90));

    public double Height { get; } = Units.Mm(heightMm);

    public override string Describe() => $"Antwoordvak ({heightMm:0.#} mm{(label is null ? "" : ", \"" + label + "\"")})";

    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, Height);

    protected override void Paint(Rect area, LayoutContext context)
    {
        context.Canvas.DrawRectangle(area with { Height = Height }, null, new Stroke(0.8, Color.Gray(80)));
        if (label is not null)
        {
            var ascent = context.Measurer.Metrics(LabelStyle.Face).Ascent * LabelStyle.Size;
            var pad = Units.Mm(1.5);
            var width = Math.Min(context.Measurer.Width(label, LabelStyle), area.Width - (2 * pad));
            context.Canvas.DrawText(label, LabelStyle, area.X + pad, area.Y + pad + ascent, width);
        }
    }
}
