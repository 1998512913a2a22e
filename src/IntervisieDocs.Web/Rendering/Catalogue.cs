using IntervisieDocs.Model;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Sessions;

namespace IntervisieDocs.Web.Rendering;

/// <summary>
/// Every PDF the site offers, made by the same products as the command line. A request names a
/// product by ids that are looked up in the loaded data; nothing in a request becomes a path.
/// </summary>
internal static class Catalogue
{
    /// <summary>The card decks of a method, as offered on its page: (route part, label, options).</summary>
    public static IReadOnlyList<CardVariant> CardVariants { get; } =
    [
        new("kantoor", "Kantoorprinter: 4 kaarten op A4 met snijtekens", new CardOptions()),
        new("kantoor-achterkant", "Kantoorprinter, met achterkanten (dubbelzijdig, omslaan over de lange kant)", new CardOptions(Backs: true)),
        new("drukker", "Drukker: één kaart per pagina met 3 mm afloop", new CardOptions(PrintShop: true)),
        new("drukker-achterkant", "Drukker, met achterkanten", new CardOptions(PrintShop: true, Backs: true)),
    ];

    public static CardVariant? FindCardVariant(string id) => CardVariants.FirstOrDefault(v => v.Id == id);

    /// <summary>The worksheets that go with a method (those of its session pack), in the pack's order.</summary>
    public static IReadOnlyList<WorksheetKind> SheetsOf(Method method) =>
        [WorksheetKinds.Casus, WorksheetKinds.Smart, .. SessionPack.OwnSheet(method.Id) is { } own ? [own] : Array.Empty<WorksheetKind>(), WorksheetKinds.Evaluation];

    public static WorksheetKind? FindSheet(Method method, string kind) => SheetsOf(method).FirstOrDefault(k => k.Id == kind);

    public static PdfFile Handout(Method method, ProductContext products) => Pdf(IntervisieDocs.Products.Handout.Build(method, products));

    public static PdfFile Cards(Method method, CardVariant variant, ProductContext products) =>
        Pdf(CardProducts.ForMethod(method, products, variant.Options));

    public static PdfFile QuestionCards(QuestionBank bank, ProductContext products) =>
        Pdf(CardProducts.ForQuestionBank(bank, products, new CardOptions()));

    /// <summary>A worksheet of the method, one blank copy or one copy per name.</summary>
    public static PdfFile Sheet(Method method, WorksheetKind kind, IReadOnlyList<string> names, ProductContext products)
    {
        var options = new WorksheetOptions { Names = names, Copies = 1, Method = kind.UsesMethod ? method : null };
        var product = Worksheet.Build(kind, options, products);
        return Pdf(product with { FileName = names.Count > 0 ? product.FileName + "-namen" : product.FileName });
    }

    public static PdfFile Treasury(ProductContext products, bool booklet)
    {
        var product = Schatkist.Build(products);
        return booklet
            ? new PdfFile(product.FileName + "-boekje.pdf", PdfRenderer.RenderBooklet(product.Document, Layout.PageSetup.A4Landscape, out _))
            : Pdf(product);
    }

    /// <summary>The session pack; <paramref name="duplex"/> makes every participant's set and worksheet start on a front.</summary>
    public static PdfFile Pack(Session session, bool splits, bool duplex, ProductContext products) =>
        Pdf(SessionPack.Build(session, splits, products, duplex: duplex));

    /// <summary>The method deck: one card per method, to spread on a table and choose from.</summary>
    public static PdfFile MethodDeck(CardVariant variant, ProductContext products) =>
        Pdf(CardProducts.ForAllMethods(products, variant.Options));

    private static PdfFile Pdf(Product product) => new(product.FileName + ".pdf", PdfRenderer.Render(product.Document));
}

/// <summary>A card deck as the method page offers it.</summary>
internal sealed record CardVariant(string Id, string Label, CardOptions Options);

/// <summary>A made PDF and the file name the browser saves it as.</summary>
internal sealed record PdfFile(string FileName, byte[] Bytes);
