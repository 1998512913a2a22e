namespace IntervisieDocs.Layout;

/// <summary>
/// The design language's colours (docs/ontwerp.md): one accent, petrol, and its tints, mixed with
/// white. Chosen for an office laser printing in grey: the accent prints as a dark grey that carries
/// white text, the tints as light greys that carry black text, each pairing at least 4.5:1 after the
/// conversion to grey (<see cref="GreyContrast"/>). Colour never carries information alone: every
/// band also carries its words, every optional step its pattern.
/// </summary>
internal static class Palette
{
    /// <summary>Petrol, #005E6E: prints as grey 68 of 255.</summary>
    public static readonly Color Accent = new(0, 94, 110);

    /// <summary>Text: black; the accent only for large titles on white.</summary>
    public static readonly Color Ink = Color.Black;

    /// <summary>Secondary text (captions, page numbers): grey 80, 8.6:1 on white.</summary>
    public static readonly Color Muted = Color.Gray(80);

    /// <summary>10 %: the background of a header band, a back, a table head.</summary>
    public static readonly Color Tint10 = Tint(0.10);

    /// <summary>25 %: a band that must stand out from a 10 % background; a timeline's other segments.</summary>
    public static readonly Color Tint25 = Tint(0.25);

    /// <summary>45 %: the strongest tint that still carries black text well (10:1 in grey).</summary>
    public static readonly Color Tint45 = Tint(0.45);

    /// <summary>The accent at <paramref name="share"/> (0–1) on white.</summary>
    public static Color Tint(double share)
    {
        byte Mix(byte c) => (byte)Math.Round(255 - ((255 - c) * share));
        return new Color(Mix(Accent.R), Mix(Accent.G), Mix(Accent.B));
    }

    /// <summary>The grey a black-and-white printer makes of <paramref name="color"/> (Rec. 601 luma).</summary>
    public static byte Grey(Color color) => (byte)Math.Round((0.299 * color.R) + (0.587 * color.G) + (0.114 * color.B));

    /// <summary>The WCAG contrast ratio (1–21) of two colours after both are printed in grey.</summary>
    public static double GreyContrast(Color a, Color b)
    {
        var (la, lb) = (Luminance(Grey(a)), Luminance(Grey(b)));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The text colour for <paramref name="background"/>: white on the accent, black on a tint.</summary>
    public static Color TextOn(Color background) =>
        GreyContrast(Color.White, background) > GreyContrast(Ink, background) ? Color.White : Ink;

    private static double Luminance(byte grey)
    {
        var c = grey / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
