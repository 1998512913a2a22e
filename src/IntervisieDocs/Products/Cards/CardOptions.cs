namespace IntervisieDocs.Products.Cards;

/// <param name="PrintShop">One card per page with bleed, trim/bleed boxes and crop marks, instead of 4 on A4.</param>
/// <param name="Backs">A back for every card, placed so that a duplex print lines it up with its front.</param>
internal sealed record CardOptions(bool PrintShop = false, bool Backs = false)
{
    /// <summary>Added to the file name, so the variants of one deck do not overwrite each other.</summary>
    public string FileSuffix => (PrintShop ? "-drukker" : "") + (Backs ? "-dubbelzijdig" : "");
}
