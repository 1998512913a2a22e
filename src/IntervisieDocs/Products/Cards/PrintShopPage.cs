using IntervisieDocs.Layout;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// One card per page for a print shop. The trim (the card, A6) is surrounded by 3 mm bleed and a
/// further 10 mm slug for the crop marks, so the media box is 131 × 174 mm; the PDF's TrimBox is
/// the card and its BleedBox the card plus 3 mm. Crop marks extend the trim edges from each corner,
/// starting 1 mm outside the bleed, so they never reach into what the shop prints.
/// </summary>
internal static class PrintShopPage
{
    public const double BleedMm = 3;

    /// <summary>Room beyond the bleed for the crop marks.</summary>
    public const double SlugMm = 10;

    /// <summary>Gap between the bleed edge and the start of a crop mark.</summary>
    public const double MarkGapMm = 1;

    public const double MarkLengthMm = 6;

    public static readonly Stroke MarkStroke = new(0.25, Color.Black);

    private static double Margin => Units.Mm(BleedMm + SlugMm);

    /// <summary>The whole page: 131 × 174 mm.</summary>
    public static Size Media => new(CardGeometry.Trim.Width + (2 * Margin), CardGeometry.Trim.Height + (2 * Margin));

    public static Rect Trim => new(Margin, Margin, CardGeometry.Trim.Width, CardGeometry.Trim.Height);

    public static Rect Bleed
    {
        get
        {
            var bleed = Units.Mm(BleedMm);
            return new Rect(Trim.X - bleed, Trim.Y - bleed, Trim.Width + (2 * bleed), Trim.Height + (2 * bleed));
        }
    }

    public static PageSetup Page => new(Media, default) { Boxes = new PageBoxes(Trim, Bleed) };

    /// <summary>Two marks at each corner of the trim, each in line with one trim edge.</summary>
    public static IReadOnlyList<MarkLine> CropMarks()
    {
        var trim = Trim;
        var near = Units.Mm(BleedMm + MarkGapMm);
        var far = near + Units.Mm(MarkLengthMm);
        var marks = new List<MarkLine>();
        foreach (var (x, outX) in new[] { (trim.X, -1), (trim.Right, 1) })
        {
            foreach (var (y, outY) in new[] { (trim.Y, -1), (trim.Bottom, 1) })
            {
                marks.Add(new MarkLine(x + (outX * near), y, x + (outX * far), y));
                marks.Add(new MarkLine(x, y + (outY * near), x, y + (outY * far)));
            }
        }

        return marks;
    }
}
