namespace IntervisieDocs.Layout;

/// <summary>The decks of cards (docs/ontwerp.md), each with its own band and name.</summary>
internal enum DeckKind
{
    Overview,
    Step,
    Role,
    Question,
    Method,
}

/// <summary>What a card's band and back say: the deck, whose deck it is, the number and the time.</summary>
/// <param name="Source">The method or question bank the card belongs to.</param>
/// <param name="Badge">The number in the round badge (a step's or question's number), or null.</param>
internal sealed record CardLabel(DeckKind Deck, string Source, string? Badge = null, int? Minutes = null)
{
    /// <summary>The deck's name as printed on band and back.</summary>
    public string DeckName => Deck switch
    {
        DeckKind.Overview => "Overzicht",
        DeckKind.Step => "Stapkaart",
        DeckKind.Role => "Rolkaart",
        DeckKind.Question => "Vraagkaart",
        _ => "Methodekaart",
    };

    /// <summary>
    /// The band's fill: a deck tells itself apart by eye and, printed in grey, by its grey level
    /// (68, 177, 208, 236 of 255) — and always by its name.
    /// </summary>
    public Color Fill => Deck switch
    {
        DeckKind.Step or DeckKind.Method => Palette.Accent,
        DeckKind.Role => Palette.Tint45,
        DeckKind.Question => Palette.Tint25,
        _ => Palette.Tint10,
    };
}

/// <summary>
/// The band across the top of a card's front: the deck's name and the method in the deck's colour,
/// the minutes after a clock on the right, and the card's number in a round badge. Drawn in one piece.
/// </summary>
internal sealed class CardBand : AtomicElement
{
    public CardBand(CardLabel label)
    {
        Label = label;
        Tag = StructureTag.Paragraph;
    }

    public const double HeightMm = 9;

    public CardLabel Label { get; }

    public override string Describe() => $"Kaartband \"{Label.DeckName}\"";

    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, Units.Mm(HeightMm));

    /// <summary>The badge's circle (centre and radius) for a band drawn in <paramref name="area"/>.</summary>
    public static (double X, double Y, double R) Badge(Rect area)
    {
        var h = Units.Mm(HeightMm);
        return (area.Right - (h / 2), area.Y + (h / 2), (h / 2) - Units.Mm(0.6));
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        var canvas = context.Canvas;
        var h = Units.Mm(HeightMm);
        var band = area with { Height = h };
        using (context.Structure.Artifact())
        {
            canvas.DrawPath(new VectorPath().AddRoundedRectangle(band, h / 2), Label.Fill, Label.Deck == DeckKind.Overview ? new Stroke(0.75, Palette.Accent) : null);
        }

        var text = Palette.TextOn(Label.Fill);
        var right = band.Right - (h * 0.35);
        if (Label.Badge is { } badge)
        {
            var (cx, cy, r) = Badge(band);
            var badgeFill = text == Color.White ? Color.White : Palette.Accent;
            using (context.Structure.Artifact())
            {
                canvas.DrawPath(new VectorPath().AddCircle(cx, cy, r), badgeFill, null);
            }

            var style = new TextStyle(FontFace.Bold, badge.Length > 2 ? 9 : 11, Palette.TextOn(badgeFill));
            var w = context.Measurer.Width(badge, style);
            canvas.DrawText(badge, style, cx - (w / 2), cy + (style.Size * 0.36), w);
            right = cx - r - Units.Mm(2);
        }

        var small = new TextStyle(FontFace.Bold, 9, text);
        if (Label.Minutes is { } minutes)
        {
            var time = $"{minutes}\u00A0min";
            var w = context.Measurer.Width(time, small);
            canvas.DrawText(time, small, right - w, band.Y + (h / 2) + (small.Size * 0.36), w);
            var icon = Units.Mm(3.8);
            using (context.Structure.Artifact())
            {
                Pictogram.Draw(canvas, PictogramKind.Clock, new Rect(right - w - icon - Units.Mm(1), band.Y + ((h - icon) / 2), icon, icon), text);
            }

            right -= w + icon + Units.Mm(3);
        }

        // Deck name in bold, the method after it as far as it fits.
        var x = band.X + (h * 0.45);
        var name = Label.DeckName.ToUpperInvariant();
        var nameStyle = new TextStyle(FontFace.Bold, 8, text);
        var baseline = band.Y + (h / 2) + (nameStyle.Size * 0.36);
        var nameWidth = context.Measurer.Width(name, nameStyle);
        canvas.DrawText(name, nameStyle, x, baseline, nameWidth);
        var sourceStyle = new TextStyle(FontFace.Regular, 8, text);
        var source = Fit($"  {Label.Source}", right - x - nameWidth - Units.Mm(1), sourceStyle, context.Measurer);
        if (source.Length > 0)
        {
            canvas.DrawText(source, sourceStyle, x + nameWidth, baseline, context.Measurer.Width(source, sourceStyle));
        }
    }

    /// <summary><paramref name="text"/>, cut at a word with an ellipsis when it is wider than <paramref name="width"/>.</summary>
    public static string Fit(string text, double width, TextStyle style, ITextMeasurer measurer)
    {
        if (measurer.Width(text, style) <= width)
        {
            return text;
        }

        var words = text.Split(' ');
        for (var n = words.Length - 1; n > 0; n--)
        {
            var cut = string.Join(' ', words.Take(n)).TrimEnd(',', ';', ':', ' ') + "…";
            if (measurer.Width(cut, style) <= width && cut.Trim().Length > 1)
            {
                return cut;
            }
        }

        return "";
    }
}
