namespace IntervisieDocs.Layout;

/// <summary>One word-piece of a laid-out line, at its natural position.</summary>
/// <param name="GlueBefore">How many inter-word spaces precede this piece on its line (justification stretches these).</param>
internal readonly record struct LinePiece(string Text, TextStyle Style, double X, double Width, int GlueBefore);

/// <summary>A line of a paragraph: its pieces, natural width and vertical metrics.</summary>
/// <param name="EndsWithBreak">The line ends at a paragraph end or a hard line break (never justified).</param>
internal sealed record TextLine(
    IReadOnlyList<LinePiece> Pieces,
    double Width,
    double Ascent,
    double Height,
    int GlueCount,
    bool EndsWithBreak)
{
    public string PlainText => string.Concat(Pieces.Select((p, i) =>
        (i > 0 && p.GlueBefore > Pieces[i - 1].GlueBefore ? " " : "") + p.Text));
}
