using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown;

/// <summary>
/// Everything the Markdown renderer needs to know about how a product looks. Lengths in points
/// unless the name says Mm. Gray values only: forms are printed on black-and-white printers, so
/// nothing may depend on colour.
/// </summary>
internal sealed record PrintTheme
{
    public required TextStyle Body { get; init; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public required double LineHeight { get; init; }

    /// <summary>Space between blocks (paragraphs, lists, tables, boxes).</summary>
    public required double ParagraphSpacing { get; init; }

    /// <summary>Levels 1–4 in order; deeper headings look like level 4.</summary>
    public required IReadOnlyList<HeadingTheme> Headings { get; init; }

    /// <summary>Width of the marker column of a list item; nested lists are indented by this much again.</summary>
    public required double ListIndent { get; init; }

    /// <summary>Space between the items of a tight list (a loose list uses the paragraph spacing).</summary>
    public required double ListItemSpacing { get; init; }

    public required TableTheme Table { get; init; }

    /// <summary>`::: kader`.</summary>
    public required BoxStyle Box { get; init; }

    /// <summary>`::: kader-grijs`.</summary>
    public required BoxStyle ShadedBox { get; init; }

    public required TextStyle BoxTitle { get; init; }

    /// <summary>Block quotes: shaded, since the engine's box has no left-only border.</summary>
    public required BoxStyle Quote { get; init; }

    /// <summary>Code blocks: shaded (no monospace face is embedded).</summary>
    public required BoxStyle Code { get; init; }

    /// <summary>`::: kaart`, until cards get their own product sizing.</summary>
    public required BoxStyle Card { get; init; }

    /// <summary>Distance between writing lines; 8–9 mm is comfortable for handwriting.</summary>
    public required double WritingLineSpacingMm { get; init; }

    public required TextStyle AnswerBoxLabel { get; init; }

    /// <summary>The side of a checkbox square; at least 5 mm, so a pen can tick it.</summary>
    public required double CheckboxSizeMm { get; init; }

    /// <summary>
    /// The widest line of running text at the document's top level, in points (a readable measure
    /// beside full-width figures and tables); null: as wide as the page.
    /// </summary>
    public double? TextMeasure { get; init; }

    /// <summary>The look inside the cells of a <c>::: tabel</c> (smaller type than the body); null: the same as the body.</summary>
    public PrintTheme? CellTheme { get; init; }

    /// <summary>
    /// A paragraph no taller than this share of a page moves to the next page whole rather than split
    /// (cards: a "vervolg" card does not start mid-sentence); 0: paragraphs split wherever a page ends.
    /// </summary>
    public double KeepParagraphsUpTo { get; init; }

    /// <summary>The look for <paramref name="level"/> (1-based); levels past the last share the last look.</summary>
    public HeadingTheme Heading(int level) => Headings[Math.Clamp(level, 1, Headings.Count) - 1];

    /// <summary>A4 hand-outs and forms. Text sizes and spacing scale with <paramref name="baseSize"/>.</summary>
    public static PrintTheme Default(double baseSize = 10)
    {
        var s = baseSize / 10;
        var body = new TextStyle(FontFace.Regular, baseSize, Color.Black);
        return new PrintTheme
        {
            Body = body,
            LineHeight = 1.3,
            ParagraphSpacing = 6 * s,
            Headings =
            [
                new HeadingTheme(body.Bold().WithSize(18 * s), 10 * s, 2 * s),
                new HeadingTheme(body.Bold().WithSize(14 * s), 8 * s, 1 * s),
                new HeadingTheme(body.Bold().WithSize(12 * s), 5 * s, 0),
                new HeadingTheme(body.Bold().Italic(), 3 * s, 0),
            ],
            ListIndent = Units.Mm(6.5 * s),
            ListItemSpacing = 2 * s,
            Table = new TableTheme(
                Thickness.Symmetric(Units.Mm(1.5 * s), Units.Mm(1 * s)),
                new Stroke(0.6, Color.Gray(90)),
                Color.Gray(225),
                body.Bold()),
            Box = new BoxStyle(new Stroke(0.8, Color.Gray(60)), null, Thickness.All(Units.Mm(3 * s))),
            ShadedBox = new BoxStyle(new Stroke(0.6, Color.Gray(120)), Color.Gray(235), Thickness.All(Units.Mm(3 * s))),
            BoxTitle = body.Bold(),
            Quote = new BoxStyle(null, Color.Gray(242), new Thickness(Units.Mm(4 * s), Units.Mm(2 * s), Units.Mm(3 * s), Units.Mm(2 * s))),
            Code = new BoxStyle(null, Color.Gray(235), Thickness.All(Units.Mm(2 * s))),
            Card = new BoxStyle(new Stroke(1, Color.Black), null, Thickness.All(Units.Mm(4 * s))),
            WritingLineSpacingMm = 8.5,
            AnswerBoxLabel = new TextStyle(FontFace.Italic, Math.Max(8, 8 * s), Color.Gray(90)), // never below 8 pt
            CheckboxSizeMm = 5,
        };
    }

    /// <summary>A5 booklets and cards: smaller type, tighter boxes, writing lines still pen-sized.</summary>
    public static PrintTheme Compact { get; } = Default(9) with
    {
        LineHeight = 1.25,
        WritingLineSpacingMm = 8,
        CheckboxSizeMm = 5,
    };

    /// <summary>The A5 book (schatkist): <see cref="Compact"/>, each chapter title (H1) beside an upright accent bar.</summary>
    public static PrintTheme Booklet { get; } = Compact with
    {
        Headings = [Compact.Headings[0] with { AccentBarWidth = Units.Mm(1.5) }, .. Compact.Headings.Skip(1)],
    };
}
