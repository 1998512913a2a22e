namespace IntervisieDocs.Layout;

/// <summary>
/// A paragraph kept to one line: text too long for the width is cut and ends in "…". For page headers
/// and footers, whose text comes from the data (a group's name, a method's title, a participant's
/// name) and must never make a page impossible to lay out.
/// </summary>
internal sealed class SingleLineParagraph(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left)
    : Paragraph(text, style, alignment)
{
    private IReadOnlyList<TextLine>? _line;
    private double _width = -1;

    public override IReadOnlyList<TextLine> LinesFor(double width, LayoutContext context)
    {
        if (_line is not null && Math.Abs(_width - width) <= Units.Epsilon)
        {
            return _line;
        }

        var breaker = new LineBreaker(context.Measurer);
        var lines = breaker.Break(Spans, width, LineHeight);
        if (lines.Count > 1)
        {
            // The longest start of the text that fits on one line with the ellipsis.
            var text = PlainText;
            var (fits, tooLong) = (0, text.Length);
            while (tooLong - fits > 1)
            {
                var middle = (fits + tooLong) / 2;
                var candidate = breaker.Break([new Span(text[..middle].TrimEnd() + "…", Spans[0].Style)], width, LineHeight);
                (fits, tooLong) = candidate.Count == 1 ? (middle, tooLong) : (fits, middle);
            }

            lines = breaker.Break([new Span(text[..fits].TrimEnd() + "…", Spans[0].Style)], width, LineHeight);
        }

        _line = lines.Count > 1 ? [lines[0]] : lines;
        _width = width;
        return _line;
    }
}
