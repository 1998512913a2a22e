namespace IntervisieDocs.Layout;

internal sealed record TocEntry(string Title, string Anchor, int Level);

/// <summary>
/// The headings of the document with their real page numbers, each line a link to its page.
/// Its entries are collected before layout starts, so the first pass already has the right length.
/// </summary>
internal sealed class TableOfContents : Element
{
    private Column? _lines;

    public TableOfContents(TextStyle style, int maxLevel = 2)
    {
        Style = style;
        MaxLevel = maxLevel;
        Tag = new StructureTag(StructureRole.TOC);
    }

    public TextStyle Style { get; }

    public int MaxLevel { get; }

    public IReadOnlyList<TocEntry> Entries { get; private set; } = [];

    public override IEnumerable<Element> Children => _lines is null ? [] : [_lines];

    /// <summary>Called by the document composer with every heading of the document, in order.</summary>
    public void SetEntries(IEnumerable<TocEntry> entries)
    {
        Entries = [.. entries.Where(e => e.Level <= MaxLevel)];
        _lines = new Column(Entries.Select(e => new TocLine(e, Style) { Tag = new StructureTag(StructureRole.TOCI) }), Units.Mm(1));
    }

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _lines?.Measure(available, context) ?? SpacePlan.Empty();

    public override void Draw(Rect area, LayoutContext context)
    {
        BeginStructure(area, context);
        _lines?.Draw(area, context);
        EndStructure(area, context);
    }

    private sealed class TocLine(TocEntry entry, TextStyle style) : AtomicElement
    {
        private readonly Paragraph _title = new(entry.Title, entry.Level == 1 ? style.Bold() : style) { Tag = null };

        public override IEnumerable<Element> Children => [_title];

        public override string Describe() => $"Inhoudsopgave-regel \"{entry.Title}\"";

        private double Indent => (entry.Level - 1) * Units.Mm(5);

        private double NumberWidth(LayoutContext context) => context.Measurer.Width("0000", style);

        protected override Size Natural(double availableWidth, LayoutContext context)
        {
            var width = availableWidth - Indent - NumberWidth(context);
            return new Size(availableWidth, _title.LinesFor(Math.Max(10, width), context).Sum(l => l.Height));
        }

        protected override void Paint(Rect area, LayoutContext context)
        {
            var numberWidth = NumberWidth(context);
            var titleWidth = Math.Max(10, area.Width - Indent - numberWidth);
            var lines = _title.LinesFor(titleWidth, context);

            // The entry's text is a link (structure Link with the annotation as its object reference).
            var depth = context.Structure.Depth;
            if (context.PageOf(entry.Anchor) is { } target)
            {
                context.Structure.Open(entry, StructureTag.Link(entry.Anchor, target, $"{entry.Title}, pagina {target}"), area);
            }

            _title.Draw(new Rect(area.X + Indent, area.Y, titleWidth, area.Height), context);

            var last = lines[^1];
            var baseline = area.Y + lines.Take(lines.Count - 1).Sum(l => l.Height) + last.Ascent;
            var number = context.PageOf(entry.Anchor)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            var numberStyle = entry.Level == 1 ? style.Bold() : style;
            var width = context.Measurer.Width(number, numberStyle);
            context.Canvas.DrawText(number, numberStyle, area.Right - width, baseline, width);
            context.Structure.CloseTo(depth);

            // Dotted leader from the end of the title to the number.
            var dotsFrom = area.X + Indent + last.Width + Units.Mm(2);
            var dotsTo = area.Right - width - Units.Mm(2);
            if (dotsTo > dotsFrom)
            {
                using var artifact = context.Structure.Artifact();
                context.Canvas.DrawLine(dotsFrom, baseline, dotsTo, baseline, new Stroke(0.6, Color.Gray(140), Dash: 1.5));
            }
        }
    }
}
