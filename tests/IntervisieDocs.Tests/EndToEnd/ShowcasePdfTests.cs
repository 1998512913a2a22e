using IntervisieDocs.Pdf;
using IntervisieDocs.Tests.Layout;

namespace IntervisieDocs.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class ShowcasePdfTests
{
    private static readonly Lazy<string> ShowcaseFile = new(() =>
    {
        Directory.CreateDirectory(RepoPaths.Output);
        var path = Path.Combine(RepoPaths.Output, "proefdocument.pdf");
        File.WriteAllBytes(path, PdfRenderer.Render(Showcase.Build()));
        return path;
    });

    [Fact]
    public void Showcase_passes_qpdf_check() => PdfTools.CheckStructure(ShowcaseFile.Value);

    [Fact]
    public void Showcase_embeds_every_font() =>
        Assert.Equal(4, PdfTools.CheckFontsEmbedded(ShowcaseFile.Value).Count);

    [Fact]
    public void Showcase_text_is_extractable_and_in_order()
    {
        var text = PdfTools.Text(ShowcaseFile.Value);
        PdfTools.AssertInOrder(text, Showcase.Landmarks);
        Assert.Contains("zelfintervisietest", text.Replace("\n", " "));
        Assert.Contains("ë ï é ’ “ ” – — …", text);
        Assert.DoesNotContain("\u00AD", text);
    }

    [Fact]
    public void Showcase_page_numbers_count_all_pages()
    {
        var pages = PdfTools.PageCount(ShowcaseFile.Value);
        Assert.Contains($"pagina {pages - 2} van {pages}", PdfTools.Text(ShowcaseFile.Value));
    }

    [Fact]
    public void Showcase_has_bookmarks_and_toc_links()
    {
        var json = PdfTools.Run("qpdf", "--json", "--json-key=outlines", ShowcaseFile.Value).Output;
        Assert.Contains("\"title\": \"Tekst en regelafbreking\"", json);
        Assert.Contains("\"title\": \"Stappen\"", json);
        var annotations = PdfTools.Run("qpdf", "--json", "--json-key=pages", ShowcaseFile.Value).Output;
        Assert.Contains("/Link", PdfTools.Run("qpdf", "--qdf", "--object-streams=disable", ShowcaseFile.Value, "-").Output);
        Assert.NotEmpty(annotations);
    }
}
