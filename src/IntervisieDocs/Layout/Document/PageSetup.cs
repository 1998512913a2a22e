namespace IntervisieDocs.Layout;

/// <summary>What a header or footer may show about its page.</summary>
/// <param name="Number">The page in the document (1-based).</param>
/// <param name="Total">The document's pages; 0 in the first layout pass.</param>
internal readonly record struct PageInfo(int Number, int Total, string SectionTitle)
{
    /// <summary>The page within its section (1-based), so each copy of a worksheet counts its own pages.</summary>
    public int NumberInSection { get; init; }

    /// <summary>The section's pages; 0 in the first layout pass (headers and footers keep their height, so nothing moves).</summary>
    public int SectionPages { get; init; }
}

/// <summary>Paper size, margins, and header/footer bands of the pages of a section.</summary>
internal sealed record PageSetup(Size PageSize, Thickness Margins)
{
    public static Size A4 => Size.FromMm(210, 297);
    public static Size A5 => Size.FromMm(148, 210);
    public static Size A6 => Size.FromMm(105, 148);
    public static Size A4Landscape => Size.FromMm(297, 210);

    public Func<PageInfo, Element>? Header { get; init; }

    public Func<PageInfo, Element>? Footer { get; init; }

    /// <summary>Height of the header band in points; the body starts below it.</summary>
    public double HeaderHeight { get; init; }

    public double FooterHeight { get; init; }

    /// <summary>Print-shop boxes (trim and bleed), if any.</summary>
    public PageBoxes? Boxes { get; init; }

    public Rect HeaderArea => new(Margins.Left, Margins.Top, BodyWidth, HeaderHeight);

    public Rect BodyArea => new(
        Margins.Left,
        Margins.Top + HeaderHeight,
        BodyWidth,
        PageSize.Height - Margins.Vertical - HeaderHeight - FooterHeight);

    public Rect FooterArea => new(Margins.Left, PageSize.Height - Margins.Bottom - FooterHeight, BodyWidth, FooterHeight);

    private double BodyWidth => PageSize.Width - Margins.Horizontal;

    public static PageSetup WithMarginsMm(Size pageSize, double margin) => new(pageSize, Thickness.All(Units.Mm(margin)));
}

/// <summary>A run of pages with one page setup; page numbers continue across sections.</summary>
internal sealed record Section(PageSetup Page, Element Content, string Title = "")
{
    /// <summary>
    /// For duplex printing: the section starts on a right-hand (odd) page; when the page before it is
    /// odd, a page marked as intentionally blank goes between.
    /// </summary>
    public bool StartsOnOddPage { get; init; }

    /// <summary>A bookmark to the section's first page, at <see cref="BookmarkLevel"/>, e.g. a participant's name.</summary>
    public string? Bookmark { get; init; }

    public int BookmarkLevel { get; init; } = 1;

    /// <summary>Added to the level of every heading's bookmark in this section, to nest them under <see cref="Bookmark"/>.</summary>
    public int OutlineOffset { get; init; }
}

/// <summary>A whole document: its sections and the metadata written into the PDF.</summary>
internal sealed record DocumentModel(string Title, IReadOnlyList<Section> Sections)
{
    public string Author { get; init; } = "IntervisieDocs";

    public string Subject { get; init; } = "";

    public string Keywords { get; init; } = "";
}
