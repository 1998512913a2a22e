namespace IntervisieDocs.Layout;

/// <summary>One fact in a <see cref="HeaderBand"/>: a pictogram and its words, e.g. clock "60 min".</summary>
internal sealed record BandFact(PictogramKind Icon, string Text);

/// <summary>
/// The band a method opens with (docs/ontwerp.md): a rounded block in the accent colour with the
/// name in large white type, an optional line under it (the purpose), and the facts a facilitator
/// looks for first — minutes, group size, roles — each after its pictogram, flowing onto a second
/// line when they do not fit on one. Drawn in one piece.
/// </summary>
internal sealed class HeaderBand : AtomicElement
{
    private readonly Paragraph _title;
    private readonly Paragraph? _subtitle;
    private readonly TextStyle _fact;
    private readonly double _padding;

    /// <param name="heading">When set, the name is a heading of that level with that anchor (in the contents and the bookmarks).</param>
    public HeaderBand(string title, string? subtitle, IReadOnlyList<BandFact> facts, double titleSize = 18, Color? background = null, (int Level, string Anchor)? heading = null)
    {
        Background = background ?? Palette.Accent;
        var text = Palette.TextOn(Background);
        var titleStyle = new TextStyle(FontFace.Bold, titleSize, text);
        _title = heading is { } h
            ? new Heading(title, titleStyle, h.Level, h.Anchor)
            : new Paragraph([new Span(title, titleStyle)], TextAlignment.Left, 1.15);
        Subtitle = subtitle;
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            _subtitle = new Paragraph(subtitle, new TextStyle(FontFace.Italic, Math.Max(8.5, titleSize * 0.55), text));
        }

        _fact = new TextStyle(FontFace.Bold, Math.Max(8, titleSize * 0.5), text);
        _padding = titleSize * 0.55;
        Title = title;
        Facts = facts;
        Tag = StructureTag.Division;
    }

    public string Title { get; }

    public string? Subtitle { get; }

    /// <summary>A band whose name is a heading stays with what follows (the timeline, the first text).</summary>
    public override bool KeepWithNext => _title is Heading;

    public IReadOnlyList<BandFact> Facts { get; }

    public Color Background { get; }

    public override IEnumerable<Element> Children => _subtitle is null ? [_title] : [_title, _subtitle];

    public override string Describe() => $"Kopband \"{Title}\"";

    private double IconSize => _fact.Size * 1.45;

    private double FactGap => _fact.Size * 1.6;

    /// <summary>Where each fact's pictogram goes, relative to the first fact line's top-left: lines of facts that fit the width.</summary>
    public IReadOnlyList<(BandFact Fact, double X, int Line)> FactPositions(double width, ITextMeasurer measurer)
    {
        var positions = new List<(BandFact, double, int)>();
        var (x, line) = (0.0, 0);
        foreach (var fact in Facts)
        {
            var w = IconSize + (_fact.Size * 0.4) + measurer.Width(fact.Text, _fact);
            if (x > 0 && x + w > width)
            {
                (x, line) = (0, line + 1);
            }

            positions.Add((fact, x, line));
            x += w + FactGap;
        }

        return positions;
    }

    private double InnerHeight(double inner, LayoutContext context)
    {
        var height = _title.LinesFor(inner, context).Sum(l => l.Height);
        if (_subtitle is not null)
        {
            height += (_fact.Size * 0.3) + _subtitle.LinesFor(inner, context).Sum(l => l.Height);
        }

        if (Facts.Count > 0)
        {
            var lines = FactPositions(inner, context.Measurer).Max(p => p.Line) + 1;
            height += (_fact.Size * 0.6) + (lines * FactLine);
        }

        return height;
    }

    private double FactLine => IconSize * 1.3;

    protected override Size Natural(double availableWidth, LayoutContext context) =>
        new(availableWidth, InnerHeight(availableWidth - (2 * _padding), context) + (2 * _padding * 0.8));

    protected override void Paint(Rect area, LayoutContext context)
    {
        var canvas = context.Canvas;
        using (context.Structure.Artifact())
        {
            canvas.DrawPath(new VectorPath().AddRoundedRectangle(area, Units.Mm(2)), Background, null);
        }

        var inner = area.Deflate(_padding, _padding * 0.8, _padding, _padding * 0.8);
        var y = inner.Y;
        var titleHeight = _title.LinesFor(inner.Width, context).Sum(l => l.Height);
        _title.Draw(inner with { Y = y, Height = titleHeight }, context);
        y += titleHeight;
        if (_subtitle is not null)
        {
            y += _fact.Size * 0.3;
            var h = _subtitle.LinesFor(inner.Width, context).Sum(l => l.Height);
            _subtitle.Draw(inner with { Y = y, Height = h }, context);
            y += h;
        }

        if (Facts.Count == 0)
        {
            return;
        }

        y += _fact.Size * 0.6;
        var color = Palette.TextOn(Background);
        foreach (var (fact, x, line) in FactPositions(inner.Width, context.Measurer))
        {
            var top = y + (line * FactLine);
            using (context.Structure.Artifact())
            {
                Pictogram.Draw(canvas, fact.Icon, new Rect(inner.X + x, top, IconSize, IconSize), color);
            }

            var textX = inner.X + x + IconSize + (_fact.Size * 0.4);
            var baseline = top + (IconSize / 2) + (_fact.Size * 0.36);
            var width = context.Measurer.Width(fact.Text, _fact);
            // Each fact is a paragraph of its own in the structure (its pictogram is decoration).
            context.Structure.Open(fact, StructureTag.Paragraph, new Rect(textX, top, width, IconSize));
            canvas.DrawText(fact.Text, _fact, textX, baseline, width);
            context.Structure.Close(fact);
        }
    }
}
