namespace IntervisieDocs.Layout;

/// <summary>A square to tick, followed by its label; kept on one page.</summary>
internal sealed class Checkbox : AtomicElement
{
    private readonly Paragraph _label;
    private readonly double _boxSize;
    private readonly double _gap;

    public Checkbox(IReadOnlyList<Span> label, bool isChecked = false, double boxSizeMm = 3.8)
    {
        _label = new Paragraph(label);
        IsChecked = isChecked;
        _boxSize = Units.Mm(boxSizeMm);
        _gap = Units.Mm(2.5);
    }

    public bool IsChecked { get; }

    public override IEnumerable<Element> Children => [_label];

    public override string Describe() => $"Selectievakje \"{_label.PlainText}\"";

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var textWidth = Math.Max(1, availableWidth - _boxSize - _gap);
        var height = _label.LinesFor(textWidth, context).Sum(l => l.Height);
        return new Size(availableWidth, Math.Max(_boxSize, height));
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        var textWidth = Math.Max(1, area.Width - _boxSize - _gap);
        var lines = _label.LinesFor(textWidth, context);
        var first = lines.Count > 0 ? lines[0] : null;
        // Centre the square on the first line's x-height band.
        var top = first is null ? area.Y : area.Y + Math.Max(0, first.Ascent - (_boxSize * 0.85));
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
        var labelArea = new Rect(area.X + _boxSize + _gap, area.Y, textWidth, area.Height);
        _label.Draw(labelArea, context);
    }
}
