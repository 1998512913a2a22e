namespace IntervisieDocs.Layout;

/// <summary>A line of a cover's checklist: a pictogram (or none), a label and its value.</summary>
internal sealed record CoverFact(PictogramKind? Icon, string Label, string Value);

/// <summary>
/// A designed cover (docs/ontwerp.md), filling the whole page it is given: the upper part in the
/// accent colour with a large chair-circle motif, the title large and white, the subtitle under it;
/// below, either what the document contains (a list) or the trainer's checklist (label and value
/// after a pictogram); at the foot the edition. No page number: the cover's section has no footer.
/// </summary>
internal sealed class CoverPage : AtomicElement
{
    private readonly Paragraph _title;
    private readonly Paragraph? _subtitle;
    private readonly Paragraph? _kicker;
    private readonly IReadOnlyList<Paragraph> _contents;
    private readonly IReadOnlyList<(CoverFact Fact, Paragraph Value)> _facts;
    private readonly Paragraph? _edition;
    private readonly double _scale;

    /// <param name="scale">1 for A5, about 1.4 for A4: type and spacing grow with the page.</param>
    public CoverPage(string title, string? subtitle, string? kicker, IReadOnlyList<string> contents, IReadOnlyList<CoverFact> facts, string? edition, double scale = 1)
    {
        _scale = scale;
        Title = title;
        _title = new Paragraph([new Span(title, new TextStyle(FontFace.Bold, 30 * scale, Color.White))], TextAlignment.Left, 1.1);
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            _subtitle = new Paragraph([new Span(subtitle, new TextStyle(FontFace.Italic, 11 * scale, Color.White))], TextAlignment.Left, 1.3);
        }

        if (!string.IsNullOrWhiteSpace(kicker))
        {
            _kicker = new Paragraph(kicker.ToUpperInvariant(), new TextStyle(FontFace.Bold, 8 * scale, Palette.Tint25));
        }

        var body = new TextStyle(FontFace.Regular, 10.5 * scale, Palette.Ink);
        _contents = [.. contents.Select(c => new Paragraph(c, body))];
        _facts = [.. facts.Select(f => (f, new Paragraph(f.Value, body)))];
        if (!string.IsNullOrWhiteSpace(edition))
        {
            _edition = new Paragraph(edition, new TextStyle(FontFace.Regular, 7.5 * scale, Palette.Muted));
        }

        Tag = StructureTag.Division;
        _title.Tag = StructureTag.Heading(1);
    }

    public string Title { get; }

    public override IEnumerable<Element> Children =>
        new Element?[] { _title, _subtitle, _kicker, _edition }.OfType<Element>().Concat(_contents).Concat(_facts.Select(f => f.Value));

    public override string Describe() => $"Omslag \"{Title}\"";

    /// <summary>The share of the page's height the accent band takes.</summary>
    public const double BandShare = 0.44;

    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, context.WholePageHeight);

    protected override void Paint(Rect area, LayoutContext context)
    {
        var canvas = context.Canvas;
        var margin = Units.Mm(12) * _scale;
        var band = area with { Height = area.Height * BandShare };
        var decoration = context.Structure.Artifact();
        canvas.DrawRectangle(band, Palette.Accent, null);

        // The motif: rings behind a large chair circle, in tints, inside the band's upper right.
        var motif = Math.Min(band.Width * 0.34, band.Height * 0.4);
        var (cx, cy) = (band.Right - margin - (motif * 0.6), band.Y + margin + (motif * 0.6));
        canvas.DrawPath(new VectorPath().AddCircle(cx, cy, motif * 0.6), null, new Stroke(1.2 * _scale, Palette.Tint(0.7)));
        canvas.DrawPath(new VectorPath().AddCircle(cx, cy, (motif * 0.6) + (margin * 0.6)), null, new Stroke(0.6 * _scale, Palette.Tint(0.7)));
        Pictogram.Draw(canvas, PictogramKind.ChairCircle, new Rect(cx - (motif / 2), cy - (motif / 2), motif, motif), Palette.Tint45);
        decoration.Dispose();

        // Title and subtitle sit on the band's lower edge.
        var inner = band.Width - (2 * margin);
        var height = Height(_title, inner, context) + (_subtitle is null ? 0 : Units.Mm(2) + Height(_subtitle, inner, context));
        var y = band.Bottom - margin - height;
        if (_kicker is not null)
        {
            var kh = Height(_kicker, inner, context);
            Place(_kicker, band.X + margin, y - kh - Units.Mm(2), inner, context);
        }

        y += Place(_title, band.X + margin, y, inner, context);
        if (_subtitle is not null)
        {
            y += Units.Mm(2);
            Place(_subtitle, band.X + margin, y, inner, context);
        }

        y = band.Bottom + (margin * 0.9);
        var x = area.X + margin;
        var width = area.Width - (2 * margin);
        foreach (var line in _contents)
        {
            var h = Height(line, width - Units.Mm(5), context);
            using (context.Structure.Artifact())
            {
                canvas.DrawPath(new VectorPath().AddRoundedRectangle(new Rect(x, y + (h / 2) - Units.Mm(1.2), Units.Mm(2.4), Units.Mm(2.4)), Units.Mm(0.5)), Palette.Accent, null);
            }

            Place(line, x + Units.Mm(5), y, width - Units.Mm(5), context);
            y += h + Units.Mm(1.6);
        }

        var iconSize = Units.Mm(5) * _scale;
        var labelWidth = Units.Mm(30) * _scale;
        var labelStyle = new TextStyle(FontFace.Bold, 8.5 * _scale, Palette.Muted);
        foreach (var (fact, value) in _facts)
        {
            var valueX = x + iconSize + Units.Mm(3) + labelWidth;
            var h = Math.Max(iconSize, Height(value, area.Right - margin - valueX, context));
            if (fact.Icon is { } icon)
            {
                using var artifact = context.Structure.Artifact();
                Pictogram.Draw(canvas, icon, new Rect(x, y, iconSize, iconSize), Palette.Accent);
            }

            var firstBaseline = y + (iconSize / 2) + (labelStyle.Size * 0.36);
            canvas.DrawText(fact.Label, labelStyle, x + iconSize + Units.Mm(3), firstBaseline, context.Measurer.Width(fact.Label, labelStyle));
            var lines = value.LinesFor(area.Right - margin - valueX, context);
            var valueTop = lines.Count > 0 ? firstBaseline - lines[0].Ascent : y;
            Place(value, valueX, valueTop, area.Right - margin - valueX, context);
            y += h + Units.Mm(2.2);
            using (context.Structure.Artifact())
            {
                canvas.DrawLine(x, y - Units.Mm(1.1), area.Right - margin, y - Units.Mm(1.1), new Stroke(0.3, Palette.Tint25));
            }

        }

        if (_edition is not null)
        {
            var h = Height(_edition, width, context);
            var bottom = area.Bottom - margin;
            using (context.Structure.Artifact())
            {
                canvas.DrawLine(x, bottom - h - Units.Mm(2), x + Units.Mm(20), bottom - h - Units.Mm(2), new Stroke(1.5, Palette.Accent));
            }

            Place(_edition, x, bottom - h, width, context);
        }
    }

    private static double Height(Paragraph paragraph, double width, LayoutContext context) =>
        paragraph.LinesFor(width, context).Sum(l => l.Height);

    private static double Place(Paragraph paragraph, double x, double y, double width, LayoutContext context)
    {
        var h = Height(paragraph, width, context);
        paragraph.Draw(new Rect(x, y, width, h), context);
        return h;
    }
}
