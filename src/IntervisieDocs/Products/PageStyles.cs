using IntervisieDocs.Layout;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Products;

/// <summary>Page set-ups shared by the products. Margins stay clear of the ~5 mm a desktop printer cannot print.</summary>
internal static class PageStyles
{
    private static readonly TextStyle Small = new(FontFace.Regular, 8, Color.Gray(80));

    /// <summary>A4 with the document title in the header and "titel · pagina x van y" in the footer.</summary>
    public static PageSetup A4(string title) => PageSetup.WithMarginsMm(PageSetup.A4, 15) with
    {
        HeaderHeight = Units.Mm(8),
        Header = _ => new SingleLineParagraph(DutchPunctuation.Apply(title), Small.Italic(), TextAlignment.Right),
        FooterHeight = Units.Mm(8),
        Footer = info => new Paragraph(DutchPunctuation.Apply($"pagina {info.Number} van {info.Total}"), Small, TextAlignment.Center),
    };

    /// <summary>A5 booklet pages: page number at the foot, outer margins wide enough for a desktop printer after imposition.</summary>
    public static PageSetup A5Booklet() => PageSetup.WithMarginsMm(PageSetup.A5, 12) with
    {
        FooterHeight = Units.Mm(7),
        Footer = info => new Paragraph($"{info.Number}", Small, TextAlignment.Center),
    };

    /// <summary>
    /// A4 for one copy of a worksheet (a section of its own): the title (and the participant's name) in
    /// the header, and page numbers that count this copy's pages only, so that every participant's
    /// sheet says "pagina 1 van 2"; a copy of one page has no page number.
    /// </summary>
    public static PageSetup Worksheet(string title, string? name) => PageSetup.WithMarginsMm(PageSetup.A4, 15) with
    {
        HeaderHeight = Units.Mm(8),
        Header = _ => new SingleLineParagraph(DutchPunctuation.Apply(name is null ? title : $"{title} – {name}"), Small.Italic(), TextAlignment.Right),
        FooterHeight = Units.Mm(8),
        Footer = info => new Paragraph(info.SectionPages > 1 ? DutchPunctuation.Apply($"pagina {info.NumberInSection} van {info.SectionPages}") : "", Small, TextAlignment.Center),
    };
}
