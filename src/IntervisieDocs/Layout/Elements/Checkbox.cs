namespace IntervisieDocs.Layout;

/// <summary>
/// A square to tick, followed by its label; kept on one page. A square taller than the label's first
/// line (5 mm beside 9.5 pt text) has that line centred beside it.
/// </summary>
internal sealed class Checkbox : AtomicElement
{
    private readonly Paragraph _label;
    private readonly bool _hasLabel; // false: a bare square (a draaiboek's tick column), nothing to tag
    private readonly double _boxSize;
    private readonly double _gap;

    public Checkbox(IReadOnlyList<Span> label, bool isChecked = false, double boxSizeMm = 5)
    {
        _label = new Paragraph(label);
        _hasLabel = _label.PlainText.Length > 0;
        IsChecked = isChecked;
        _boxSize = Units.Mm(boxSizeMm);
        _gap = Units.Mm(2.5);
    }

    public bool IsChecked { get; }

    public override IEnumerable<Element> Children => _hasLabel ? [_label] : [];

    public override string Describe() => $"Selectievakje \"{_label.PlainText}\"";

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var textWidth = Math.Max(1, availableWidth - _boxSize - _gap);
        var lines = _label.LinesFor(textWidth, context);
        return new Size(availableWidth, Math.Max(_boxSize, LabelOffset(lines) + lines.Sum(l => l.Height)));
    }

    /// <summary>How far the label moves down so that its first line sits in the middle of a taller square.</summary>
    private double LabelOffset(IReadOnlyList<TextLine> lines) =>
        lines.Count > 0 ? Math.Max(0, (_boxSize - lines[0].Height) / 2) : 0;

    protected override void Paint(Rect area, LayoutContext context)
    {
        var textWidth = Math.Max(1, area.Width - _boxSize - _gap);
        var lines = _label.LinesFor(textWidth, context);
        var first = lines.Count > 0 ? lines[0] : null;
        // Centre the square on the first line's x-height band, or (taller than the line) the line on the square.
        var offset = LabelOffset(lines);
        var top = first is null || offset > 0 ? area.Y : area.Y + Math.Max(0, first.Ascent - (_boxSize * 0.85));
        var box = new Rect(area.X, top, _boxSize, _boxSize);
        var artifact = context.Structure.Artifact(); // The square is for the pen; its label is the content.
        context.Canvas.DrawRectangle(box, null, new Stroke(0.8, Color.Black));
        if (IsChecked)
        {
            var s = new Stroke(1.1, Color.Black);
            context.Canvas.DrawLine(box.X + (_boxSize * 0.2), box.Y + (_boxSize * 0.55), box.X + (_boxSize * 0.42), box.Bottom - (_boxSize * 0.2), s);
            context.Canvas.DrawLine(box.X + (_boxSize * 0.42), box.Bottom - (_boxSize * 0.2), box.Right - (_boxSize * 0.15), box.Y + (_boxSize * 0.2), s);
        }

        artifact.Dispose();
        if (_hasLabel)
        {
            _label.Draw(new Rect(area.X + _boxSize + _gap, area.Y + offset, textWidth, area.Height - offset), context);
        }
    }
}
