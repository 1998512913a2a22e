namespace IntervisieDocs.Layout;

/// <summary>
/// The background of a card's back: the whole area (on a print-shop page the card and its bleed) in
/// the deck's light tint with a pattern of small rings, a white panel inside the safe area for the
/// back's text. Decorative; <see cref="CardBackLabel"/> names the deck on top of it.
/// </summary>
internal sealed class CardBackPattern : AtomicElement
{
    private readonly Thickness _panelInset;

    public CardBackPattern(CardLabel label, Thickness panelInset)
    {
        Label = label;
        _panelInset = panelInset;
        Tag = StructureTag.Artifact;
    }

    private const double PitchMm = 6;

    public CardLabel Label { get; }

    public override string Describe() => $"Achterkant \"{Label.DeckName}\"";

    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, context.WholePageHeight);

    protected override void Paint(Rect area, LayoutContext context)
    {
        var canvas = context.Canvas;
        var ground = Label.Deck is DeckKind.Step or DeckKind.Method ? Palette.Tint25 : Palette.Tint10;
        var ring = Label.Deck is DeckKind.Step or DeckKind.Method ? Palette.Tint45 : Label.Fill == Palette.Tint10 ? Palette.Tint25 : Label.Fill;
        canvas.DrawRectangle(area, ground, null);
        var pitch = Units.Mm(PitchMm);
        var r = pitch * 0.28;
        var rings = new VectorPath();
        var row = 0;
        for (var y = area.Y + (pitch / 2); y + r <= area.Bottom; y += pitch * 0.866, row++)
        {
            for (var x = area.X + (pitch / 2) + (row % 2 * pitch / 2); x + r <= area.Right; x += pitch)
            {
                rings.AddCircle(x, y, r);
            }
        }

        canvas.DrawPath(rings, null, new Stroke(0.8, ring));
        var panel = area.Deflate(_panelInset.Left, _panelInset.Top, _panelInset.Right, _panelInset.Bottom);
        canvas.DrawPath(new VectorPath().AddRoundedRectangle(panel, Units.Mm(4)), Color.White, null);
    }

}

/// <summary>
/// The deck's name and its method at the foot of a back's panel (drawn after the back's text), so
/// that a dropped card goes back on the right pile. Given the panel as its area.
/// </summary>
internal sealed class CardBackLabel : AtomicElement
{
    public CardBackLabel(CardLabel label)
    {
        Label = label;
        Tag = StructureTag.Paragraph;
    }

    public CardLabel Label { get; }

    public override string Describe() => $"Stapelnaam \"{Label.DeckName}\"";

    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, context.WholePageHeight);

    protected override void Paint(Rect panel, LayoutContext context)
    {
        var canvas = context.Canvas;
        var nameStyle = new TextStyle(FontFace.Bold, 9, Palette.Accent);
        var name = Label.DeckName.ToUpperInvariant();
        var sourceStyle = new TextStyle(FontFace.Regular, 8, Palette.Ink);
        var source = CardBand.Fit(Label.Source, panel.Width - Units.Mm(8), sourceStyle, context.Measurer);
        var baseline = panel.Bottom - Units.Mm(4);
        if (source.Length > 0)
        {
            var w = context.Measurer.Width(source, sourceStyle);
            canvas.DrawText(source, sourceStyle, panel.X + ((panel.Width - w) / 2), baseline, w);
            baseline -= sourceStyle.Size * 1.4;
        }

        var nw = context.Measurer.Width(name, nameStyle);
        canvas.DrawText(name, nameStyle, panel.X + ((panel.Width - nw) / 2), baseline, nw);
    }
}
