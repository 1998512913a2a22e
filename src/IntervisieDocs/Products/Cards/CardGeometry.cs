using IntervisieDocs.Layout;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// One card: A6 after cutting (the trim), and the inset that keeps its text clear of the cut and, on
/// a desktop sheet, of the ~5 mm at the paper edge that a desktop printer does not print. The same
/// inset is used for print-shop cards, so a card's text breaks the same way in both.
/// </summary>
internal static class CardGeometry
{
    public const double InsetMm = 7;

    /// <summary>The card as cut: A6, 105 × 148 mm.</summary>
    public static Size Trim => PageSetup.A6;

    /// <summary>Where the text of a card whose trim is <paramref name="trim"/> goes.</summary>
    public static Rect ContentArea(Rect trim)
    {
        var inset = Units.Mm(InsetMm);
        return trim.Deflate(inset, inset, inset, inset);
    }

    /// <summary>The size of <see cref="ContentArea"/>: 91 × 134 mm.</summary>
    public static Size ContentSize => ContentArea(new Rect(0, 0, Trim.Width, Trim.Height)).Size;
}
