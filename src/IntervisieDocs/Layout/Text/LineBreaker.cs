using IntervisieDocs.Typography;

namespace IntervisieDocs.Layout;

/// <summary>
/// Greedy line breaking. Breaks at spaces, after hyphens and at soft hyphens (U+00AD, shown as a
/// hyphen only where a line breaks there); never at a no-break space (U+00A0); "\n" forces a break.
/// Where breaking before a word would leave a line too short (narrow columns, justified text), the
/// word is hyphenated (<see cref="DutchHyphenator"/>); a word longer than the line is hyphenated or,
/// failing that, broken inside, so nothing ever overflows.
/// </summary>
internal sealed class LineBreaker(ITextMeasurer measurer, DutchHyphenator? hyphenator = null)
{
    /// <summary>Ragged text: hyphenate only when the line would otherwise end this much short of the measure.</summary>
    public const double RaggedSlack = 0.12;

    /// <summary>Justified text: hyphenate when the word spaces would otherwise stretch past this many times normal.</summary>
    public const double JustifiedStretch = 1.5;

    private const char SoftHyphen = '\u00AD';

    private enum BreakKind
    {
        None,
        Space,
        Hyphen,
        Soft,
        Hard,
    }

    private bool _justified;

    private sealed record Piece(string Text, TextStyle Style, double Width, BreakKind BreakAfter, double GlueWidth);

    /// <summary>Whether the last <see cref="Break"/> had to break a word inside (no hyphenation point fitted).</summary>
    public bool BrokeInsideWord { get; private set; }

    public IReadOnlyList<TextLine> Break(IReadOnlyList<Span> spans, double maxWidth, double lineHeight, bool justified = false)
    {
        _justified = justified;
        BrokeInsideWord = false;
        var pieces = new List<Piece>(Tokenize(spans));
        var fallbackStyle = spans.Count > 0 ? spans[0].Style : TextStyle.Body;
        var lines = new List<TextLine>();
        var start = 0;
        while (start < pieces.Count)
        {
            start = BreakOneLine(pieces, start, maxWidth, lineHeight, lines);
        }

        if (lines.Count == 0)
        {
            lines.Add(MakeLine([], lineHeight, fallbackStyle, true));
        }

        return lines;
    }

    /// <summary>Lays out one line from <paramref name="start"/>; returns the index of the next line's first piece.</summary>
    private int BreakOneLine(List<Piece> pieces, int start, double maxWidth, double lineHeight, List<TextLine> lines)
    {
        double x = 0;
        var lastBreak = -1;
        double lastBreakEnd = 0;
        var glues = 0;
        for (var i = start; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var fits = x + piece.Width <= maxWidth + Units.Epsilon;
            if (!fits)
            {
                if (ShouldHyphenate(lastBreak >= start, maxWidth - lastBreakEnd, maxWidth, glues, piece.Style) &&
                    Hyphenate(pieces, i, maxWidth - x))
                {
                    lines.Add(Build(pieces, start, i, lineHeight, endsWithBreak: false));
                    return i + 1;
                }

                if (lastBreak >= start)
                {
                    lines.Add(Build(pieces, start, lastBreak, lineHeight, endsWithBreak: false));
                    return lastBreak + 1;
                }

                if (i == start || x == 0)
                {
                    SplitInside(pieces, i, maxWidth - x);
                    piece = pieces[i];
                }
                else
                {
                    // One word in several styles, wider than the line: break it between its pieces.
                    lines.Add(Build(pieces, start, i - 1, lineHeight, endsWithBreak: false));
                    return i;
                }
            }

            x += piece.Width;
            switch (piece.BreakAfter)
            {
                case BreakKind.Hard:
                    lines.Add(Build(pieces, start, i, lineHeight, endsWithBreak: true));
                    return i + 1;
                case BreakKind.Soft:
                    if (x + HyphenWidth(piece.Style) <= maxWidth + Units.Epsilon)
                    {
                        lastBreak = i;
                        lastBreakEnd = x + HyphenWidth(piece.Style);
                    }

                    break;
                case BreakKind.Hyphen:
                    lastBreak = i;
                    lastBreakEnd = x;
                    break;
                case BreakKind.Space:
                    lastBreak = i;
                    lastBreakEnd = x;
                    x += piece.GlueWidth;
                    glues++;
                    break;
            }
        }

        lines.Add(Build(pieces, start, pieces.Count - 1, lineHeight, endsWithBreak: true));
        return pieces.Count;
    }

    /// <summary>
    /// Whether breaking at the last break opportunity leaves so much room (<paramref name="slack"/>)
    /// that hyphenating the next word is better: always for a word that is alone on its line.
    /// </summary>
    private bool ShouldHyphenate(bool hasBreak, double slack, double maxWidth, int glues, TextStyle style)
    {
        if (hyphenator is null)
        {
            return false;
        }

        if (!hasBreak)
        {
            return true;
        }

        if (_justified)
        {
            // The spaces before the last break would take the slack on top of their natural width.
            var space = measurer.Width(" ", style);
            var spaces = Math.Max(1, glues - 1);
            return slack > spaces * space * (JustifiedStretch - 1);
        }

        return slack > RaggedSlack * maxWidth;
    }

    /// <summary>
    /// Splits the word at <paramref name="index"/> at its last hyphenation point whose head and hyphen
    /// fit in <paramref name="room"/>; the head then ends like a soft hyphen. False when it has none.
    /// </summary>
    private bool Hyphenate(List<Piece> pieces, int index, double room)
    {
        var piece = pieces[index];
        var previous = index > 0 ? pieces[index - 1] : null;
        var startsWord = previous is null || previous.BreakAfter is BreakKind.Space or BreakKind.Hyphen or BreakKind.Hard;
        var endsWord = piece.BreakAfter is BreakKind.Space or BreakKind.Hard or BreakKind.Hyphen ||
                       (piece.BreakAfter == BreakKind.None && index == pieces.Count - 1);
        if (!startsWord || !endsWord || previous?.BreakAfter == BreakKind.Soft)
        {
            return false; // part of a word in several styles, or one the data already hyphenates
        }

        var text = piece.Text;
        var first = 0;
        while (first < text.Length && !char.IsLetter(text[first]))
        {
            first++;
        }

        var end = text.Length;
        while (end > first && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        var word = text[first..end];
        if (word.Length < DutchHyphenator.MinWordLength || text.AsSpan().ContainsAny("/@_0123456789") ||
            text.AsSpan(first, end - first).ContainsAny(".:"))
        {
            return false;
        }

        // A capital at a sentence start is not a name: hyphenate it as the lower-case word.
        if (char.IsUpper(word[0]) && IsSentenceStart(previous))
        {
            word = char.ToLowerInvariant(word[0]) + word[1..];
        }

        var points = piece.Style.Language is null ? hyphenator!.Points(word) : hyphenator!.ListedPoints(word);
        var hyphen = HyphenWidth(piece.Style);
        for (var p = points.Count - 1; p >= 0; p--)
        {
            var head = text[..(first + points[p])];
            var width = measurer.Width(head, piece.Style);
            if (width + hyphen <= room + Units.Epsilon)
            {
                var tail = text[head.Length..];
                pieces[index] = new Piece(head, piece.Style, width, BreakKind.Soft, 0);
                pieces.Insert(index + 1, piece with { Text = tail, Width = measurer.Width(tail, piece.Style) });
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceStart(Piece? previous) =>
        previous is null || previous.BreakAfter == BreakKind.Hard || previous.Text.TrimEnd('"', '\'', ')', '\u201D', '\u2019') is [.., '.' or '?' or '!' or ':'];

    /// <summary>Emergency break of a word wider than the room left: as many characters as fit (at least one).</summary>
    private void SplitInside(List<Piece> pieces, int index, double room)
    {
        var piece = pieces[index];
        var count = 1;
        while (count < piece.Text.Length &&
               measurer.Width(piece.Text.AsSpan(0, count + 1), piece.Style) <= room + Units.Epsilon)
        {
            count++;
        }

        if (count >= piece.Text.Length)
        {
            return;
        }

        var head = piece.Text[..count];
        var tail = piece.Text[count..];
        BrokeInsideWord = true;
        pieces[index] = new Piece(head, piece.Style, measurer.Width(head, piece.Style), BreakKind.Hyphen, 0);
        pieces.Insert(index + 1, piece with { Text = tail, Width = measurer.Width(tail, piece.Style) });
    }

    private double HyphenWidth(TextStyle style) => measurer.Width("-", style);

    private TextLine Build(List<Piece> pieces, int first, int last, double lineHeight, bool endsWithBreak)
    {
        var result = new List<LinePiece>(last - first + 1);
        double x = 0;
        var glue = 0;
        for (var i = first; i <= last; i++)
        {
            var piece = pieces[i];
            // A no-break space has done its work here; drawn as a space, extracted text reads normally.
            var text = piece.Text.Replace('\u00A0', ' ');
            var width = piece.Width;
            if (i == last && piece.BreakAfter == BreakKind.Soft && !endsWithBreak)
            {
                text += "-";
                width += HyphenWidth(piece.Style);
            }

            if (text.Length > 0)
            {
                result.Add(new LinePiece(text, piece.Style, x, width, glue));
            }

            x += width;
            if (i < last && piece.BreakAfter == BreakKind.Space)
            {
                x += piece.GlueWidth;
                glue++;
            }
        }

        return MakeLine(result, lineHeight, pieces[first].Style, endsWithBreak);
    }

    private TextLine MakeLine(List<LinePiece> pieces, double lineHeight, TextStyle fallback, bool endsWithBreak)
    {
        double maxSize = 0;
        double ascent = 0;
        double descent = 0;
        foreach (var piece in pieces.Count > 0 ? pieces.Select(p => p.Style) : [fallback])
        {
            var m = measurer.Metrics(piece.Face);
            maxSize = Math.Max(maxSize, piece.Size);
            ascent = Math.Max(ascent, m.Ascent * piece.Size);
            descent = Math.Max(descent, m.Descent * piece.Size);
        }

        var height = Math.Max(maxSize * lineHeight, ascent + descent);
        var baseline = ((height - (ascent + descent)) / 2) + ascent;
        var width = pieces.Count == 0 ? 0 : pieces[^1].X + pieces[^1].Width;
        var glueCount = pieces.Count == 0 ? 0 : pieces[^1].GlueBefore;
        return new TextLine(pieces, width, baseline, height, glueCount, endsWithBreak);
    }

    private IEnumerable<Piece> Tokenize(IReadOnlyList<Span> spans)
    {
        var current = new System.Text.StringBuilder();
        TextStyle? currentStyle = null;
        var pending = new List<Piece>();

        foreach (var span in spans)
        {
            foreach (var c in span.Text)
            {
                switch (c)
                {
                    case ' ' or '\t' or '\r':
                        Flush(BreakKind.Space, span.Style);
                        break;
                    case '\n':
                        Flush(BreakKind.Hard, span.Style);
                        break;
                    case SoftHyphen:
                        Flush(BreakKind.Soft, span.Style);
                        break;
                    case '-' or '\u2010':
                        if (currentStyle != span.Style && current.Length > 0)
                        {
                            Flush(BreakKind.None, span.Style);
                        }

                        currentStyle = span.Style;
                        current.Append(c);
                        Flush(BreakKind.Hyphen, span.Style);
                        break;
                    default:
                        if (currentStyle != span.Style && current.Length > 0)
                        {
                            Flush(BreakKind.None, span.Style);
                        }

                        currentStyle = span.Style;
                        current.Append(c);
                        break;
                }
            }
        }

        Flush(BreakKind.None, currentStyle ?? TextStyle.Body);
        return pending;

        void Flush(BreakKind kind, TextStyle boundaryStyle)
        {
            if (current.Length == 0)
            {
                // A break with no text before it: merge into the previous piece (collapses spaces).
                if (pending.Count > 0 && kind != BreakKind.None)
                {
                    var last = pending[^1];
                    var stronger = Stronger(last.BreakAfter, kind);
                    pending[^1] = last with
                    {
                        BreakAfter = stronger,
                        GlueWidth = stronger == BreakKind.Space ? measurer.Width(" ", boundaryStyle) : last.GlueWidth,
                    };
                }

                return;
            }

            var style = currentStyle ?? boundaryStyle;
            var text = current.ToString();
            current.Clear();
            var glue = kind == BreakKind.Space ? measurer.Width(" ", boundaryStyle) : 0;
            pending.Add(new Piece(text, style, measurer.Width(text, style), kind, glue));
        }
    }

    private static BreakKind Stronger(BreakKind a, BreakKind b) =>
        a == BreakKind.Hard || b == BreakKind.Hard ? BreakKind.Hard
        : a == BreakKind.Space || b == BreakKind.Space ? BreakKind.Space
        : (BreakKind)Math.Max((int)a, (int)b);
}
