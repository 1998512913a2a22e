namespace IntervisieDocs.Layout;

/// <summary>
/// A simple figure made of words only: the first word framed and centred on top, the others framed
/// side by side below it, each joined to the top by a line. For a source figure of which only its
/// words survive (seed 000: SITUATIE — Moeilijkheden — Mogelijkheden); the words are printed exactly
/// as given, one line each, never split. Drawn in one piece, centred in the width it is offered.
/// </summary>
internal sealed class WordDiagram : AtomicElement
{
    private static readonly Stroke Frame = new(0.8, Color.Black);
    private static readonly Stroke Connector = new(0.6, Color.Gray(40));
    private static readonly double Pad = Units.Mm(1.2);
    private static readonly double Gap = Units.Mm(4);
    private static readonly double Drop = Units.Mm(4.5);

    private readonly TextStyle _style;

    public WordDiagram(IReadOnlyList<string> words, TextStyle style)
    {
        if (words.Count < 2)
            throw new ArgumentException("Een figuur heeft minstens twee woorden.", nameof(words));
        Words = words;
        _style = style;
        // Read as a paragraph of its words; the frames and lines are artifacts.
        Tag = new StructureTag(StructureRole.P);
    }

    public IReadOnlyList<string> Words { get; }

    public override string Describe() => $"Figuur ({string.Join(" — ", Words)})";

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var boxHeight = BoxHeight(context);
        return new Size(availableWidth, boxHeight + Drop + boxHeight);
    }

    /// <summary>The frames of the words in <paramref name="area"/>: the top word first, then the row below.</summary>
    public IReadOnlyList<Rect> Boxes(Rect area, LayoutContext context)
    {
        var boxHeight = BoxHeight(context);
        var topWidth = Math.Min(area.Width, context.Measurer.Width(Words[0], _style) + (2 * Pad));
        var boxes = new List<Rect> { new(area.X + ((area.Width - topWidth) / 2), area.Y, topWidth, boxHeight) };

        // The lower words share one width (the widest), so the row reads as equals; shrunk to fit.
        var lower = Words.Skip(1).ToList();
        var widest = lower.Max(w => context.Measurer.Width(w, _style)) + (2 * Pad);
        var width = Math.Min(widest, (area.Width - (Gap * (lower.Count - 1))) / lower.Count);
        var rowWidth = (width * lower.Count) + (Gap * (lower.Count - 1));
        var x = area.X + ((area.Width - rowWidth) / 2);
        var y = area.Y + boxHeight + Drop;
        foreach (var _ in lower)
        {
            boxes.Add(new Rect(x, y, width, boxHeight));
            x += width + Gap;
        }

        return boxes;
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        var boxes = Boxes(area, context);
        var metrics = context.Measurer.Metrics(_style.Face);
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            using (context.Structure.Artifact())
            {
                context.Canvas.DrawRectangle(box, null, Frame);
                if (i > 0)
                {
                    var top = boxes[0];
                    context.Canvas.DrawLine(top.X + (top.Width / 2), top.Bottom, box.X + (box.Width / 2), box.Y, Connector);
                }
            }

            var textWidth = context.Measurer.Width(Words[i], _style);
            var baseline = box.Y + Pad + (metrics.Ascent * _style.Size);
            context.Canvas.DrawText(Words[i], _style, box.X + Math.Max(0, (box.Width - textWidth) / 2), baseline, textWidth);
        }
    }

    private double BoxHeight(LayoutContext context)
    {
        var metrics = context.Measurer.Metrics(_style.Face);
        return ((metrics.Ascent + metrics.Descent) * _style.Size) + (2 * Pad);
    }
}
