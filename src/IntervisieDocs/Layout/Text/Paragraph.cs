using IntervisieDocs.Typography;

namespace IntervisieDocs.Layout;

internal enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>Rich text broken into lines; splits across pages between lines.</summary>
internal class Paragraph : Element
{
    private IReadOnlyList<TextLine>? _lines;
    private double _linesWidth = -1;
    private int _nextLine;

    public Paragraph(IReadOnlyList<Span> spans, TextAlignment alignment = TextAlignment.Left, double lineHeight = 1.3)
    {
        // A foreign word becomes a span of its own in its language (tagged /Lang, not hyphenated as Dutch).
        Spans = LanguageSpans.Mark(spans);
        Alignment = alignment;
        LineHeight = lineHeight;
        Tag = StructureTag.Paragraph;
    }

    public Paragraph(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left)
        : this([new Span(text, style)], alignment)
    {
    }

    public IReadOnlyList<Span> Spans { get; }

    public TextAlignment Alignment { get; }

    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public double LineHeight { get; }

    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    public override string Describe()
    {
        var text = PlainText.Replace('\n', ' ');
        return $"{GetType().Name} \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }

    /// <summary>
    /// Whether the lines last made had to break a word inside, for want of room (a card's fitter
    /// prefers a smaller size at which no word is torn).
    /// </summary>
    public bool BreaksInsideWord { get; private set; }

    public virtual IReadOnlyList<TextLine> LinesFor(double width, LayoutContext context)
    {
        if (_lines is null || Math.Abs(_linesWidth - width) > Units.Epsilon)
        {
            var breaker = new LineBreaker(context.Measurer, DutchHyphenator.ForLayout);
            _lines = breaker.Break(Spans, width, LineHeight, Alignment == TextAlignment.Justify);
            _linesWidth = width;
            BreaksInsideWord = breaker.BrokeInsideWord;
        }

        return _lines;
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var lines = LinesFor(available.Width, context);
        if (_nextLine >= lines.Count)
        {
            return SpacePlan.Empty();
        }

        var (count, height) = LinesThatFit(lines, available, context);
        if (count == 0)
        {
            return SpacePlan.Wrap($"{Describe()}: geen regel past in {Units.ToMm(available.Height):0.#} mm");
        }

        return _nextLine + count == lines.Count
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        var lines = LinesFor(area.Width, context);
        var (count, _) = LinesThatFit(lines, area.Size, context);
        BeginStructure(area, context);
        OnFirstDraw(area, context);
        var y = area.Y;
        for (var i = _nextLine; i < _nextLine + count; i++)
        {
            DrawLine(lines[i], area.X, y, area.Width, context);
            y += lines[i].Height;
        }

        _nextLine += count;
        if (_nextLine >= lines.Count)
        {
            context.Structure.Close(this);
        }
    }

    /// <summary>Hook for headings: called before the first line is drawn.</summary>
    protected virtual void OnFirstDraw(Rect area, LayoutContext context)
    {
    }

    protected bool HasStarted => _nextLine > 0;

    public override void Reset()
    {
        _nextLine = 0;
        base.Reset();
    }

    /// <summary>
    /// How many of the next lines go here. Where the paragraph splits, no line is left alone: a last
    /// line would be a widow at the next page's top, so a second goes with it; a first line would be
    /// an orphan at this page's foot, so the paragraph moves on whole, unless this is a whole page
    /// (then splitting is the only way on).
    /// </summary>
    private (int Count, double Height) LinesThatFit(IReadOnlyList<TextLine> lines, Size available, LayoutContext context)
    {
        double used = 0;
        var count = 0;
        for (var i = _nextLine; i < lines.Count; i++)
        {
            if (used + lines[i].Height > available.Height + Units.Epsilon)
            {
                break;
            }

            used += lines[i].Height;
            count++;
        }

        var remaining = lines.Count - _nextLine;
        if (count > 0 && count < remaining)
        {
            if (remaining - count == 1 && count >= 2)
            {
                used -= lines[_nextLine + count - 1].Height;
                count--;
            }

            if (count == 1 && !context.IsWholePage(available))
            {
                return (0, 0);
            }
        }

        return (count, used);
    }

    /// <summary>Justified word spaces stretch to at most this many times their natural width; a looser line stays ragged (no rivers).</summary>
    public const double MaxJustifiedStretch = 2;

    private static bool EndsInHyphen(string text) =>
        text.Length > 0 && text[^1] is '-' or '\u00AD' or '\u2010' or '\u2011' or '–' or '—' or '/';

    private void DrawLine(TextLine line, double left, double top, double width, LayoutContext context)
    {
        var slack = Math.Max(0, width - line.Width);
        var justify = Alignment == TextAlignment.Justify && !line.EndsWithBreak && line.GlueCount > 0 &&
                      slack / line.GlueCount <= (MaxJustifiedStretch - 1) * context.Measurer.Width(" ", line.Pieces[0].Style) + Units.Epsilon;
        var offset = Alignment switch
        {
            TextAlignment.Center => slack / 2,
            TextAlignment.Right => slack,
            _ => 0,
        };
        var stretch = justify ? slack / line.GlueCount : 0;
        var baseline = top + line.Ascent;

        // A line that broke at a space ends in one (zero width, invisible): text extraction and screen
        // readers then see two words where the line broke, not "werk" + "probleem" as "werkprobleem".
        var lastPiece = line.Pieces.Count - 1;
        var endSpace = !line.EndsWithBreak && lastPiece >= 0 && !EndsInHyphen(line.Pieces[lastPiece].Text) ? " " : "";

        if (justify)
        {
            for (var p = 0; p < line.Pieces.Count; p++)
            {
                var piece = line.Pieces[p];
                var text = p == lastPiece ? piece.Text + endSpace : piece.Text + SpaceAfter(line, p);
                DrawRun(text, piece.Style, left + piece.X + (piece.GlueBefore * stretch), baseline, piece.Width, line, context);
            }

            return;
        }

        // Unjustified: join pieces of one style into runs, so a reader's text extraction sees whole phrases.
        var i = 0;
        while (i < line.Pieces.Count)
        {
            var first = line.Pieces[i];
            var text = new System.Text.StringBuilder(first.Text);
            var end = first.X + first.Width;
            var j = i + 1;
            while (j < line.Pieces.Count && line.Pieces[j].Style == first.Style)
            {
                if (line.Pieces[j].GlueBefore > line.Pieces[j - 1].GlueBefore)
                {
                    text.Append(' ');
                }

                text.Append(line.Pieces[j].Text);
                end = line.Pieces[j].X + line.Pieces[j].Width;
                j++;
            }

            text.Append(j == line.Pieces.Count ? endSpace : SpaceAfter(line, j - 1));

            DrawRun(text.ToString(), first.Style, left + offset + first.X, baseline, end - first.X, line, context);
            i = j;
        }
    }

    /// <summary>
    /// The space that ends a run when a word space follows it on the line and either run is in another
    /// language: the language span is a structure element of its own, and without the space a screen
    /// reader would read "Oplossingsgericht", "reflecting" and "team" as one word.
    /// </summary>
    private static string SpaceAfter(TextLine line, int piece) =>
        line.Pieces[piece + 1].GlueBefore > line.Pieces[piece].GlueBefore &&
        (line.Pieces[piece].Style.Language ?? line.Pieces[piece + 1].Style.Language) is not null ? " " : "";

    /// <summary>Draws one run; a run in another language is a span with that language in the structure tree.</summary>
    private static void DrawRun(string text, TextStyle style, double x, double baseline, double width, TextLine line, LayoutContext context)
    {
        if (style.Language is not { } language)
        {
            context.Canvas.DrawText(text, style, x, baseline, width);
            return;
        }

        var owner = new object();
        context.Structure.Open(owner, new StructureTag(StructureRole.Span) { Language = language },
            new Rect(x, baseline - line.Ascent, width, line.Height));
        context.Canvas.DrawText(text, style, x, baseline, width);
        context.Structure.Close(owner);
    }
}
