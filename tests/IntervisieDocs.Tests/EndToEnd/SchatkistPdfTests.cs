using IntervisieDocs.Loading;
using IntervisieDocs.Tests.Cli;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class SchatkistPdfTests
{
    [Fact]
    public void Schatkist_pdf_is_valid_and_holds_every_method_in_order()
    {
        var path = Path.Join(RepoPaths.Output, "schatkist.pdf");
        var result = CliRunner.Run(RepoPaths.Root, "schatkist", "-o", path);
        Assert.Equal(0, result.ExitCode);

        PdfTools.CheckStructure(path);
        PdfTools.CheckFontsEmbedded(path);
        var info = PdfTools.Run("pdfinfo", path).Output;
        Assert.Matches(@"Page size: +419\.528 x 595\.276 pts", info);
        var methods = DataLoader.Load(RepoPaths.Methods).Data!.Methods;
        PdfTools.AssertInOrder(PdfTools.Text(path), ["Schatkist intervisie", "Inhoud", "Wat is intervisie?", "Spelregels", "Welke methode kies je?", .. methods.Select(m => DutchPunctuation.Apply(m.Title)), "Werkbladen", "SMART-actieplan", "Bronnen"]);
        var outline = PdfTools.Run("qpdf", "--json", "--json-key=outlines", path).Output;
        Assert.All(methods, m => Assert.Contains($"\"title\": \"{DutchPunctuation.Apply(m.Title)}\"", outline));
    }

    [Fact]
    public void The_cover_carries_ink_and_colour_and_no_page_number()
    {
        var path = Path.Join(RepoPaths.Output, "schatkist-omslag.pdf");
        Assert.Equal(0, CliRunner.Run(RepoPaths.Root, "schatkist", "-o", path).ExitCode);

        var (ink, colour) = PdfTools.Coverage(path, 1);
        Assert.True(ink >= 0.12, $"omslag: {ink:P1} van de pagina draagt inkt");
        Assert.True(colour >= 0.12, $"omslag: {colour:P1} van de pagina is in kleur");
        var text = PdfTools.PageText(path, 1);
        Assert.Contains("Schatkist intervisie", text);
        Assert.Contains("kenmerk", text);
        Assert.DoesNotMatch(@"(?m)^\s*\d+\s*$", text);
        Assert.Matches(@"(?m)^\s*2\s*$", PdfTools.PageText(path, 2));
    }

    /// <summary>
    /// Measured on the printed pages: no page whose content ends in the top quarter of the body; no
    /// spilled lines, lone list items or a lone "Bron:" line on a page of their own.
    /// </summary>
    [Fact]
    public void Schatkist_pdf_has_no_stub_page()
    {
        var path = Path.Join(RepoPaths.Output, "schatkist-stomp.pdf");
        Assert.Equal(0, CliRunner.Run(RepoPaths.Root, "schatkist", "-o", path).ExitCode);

        var body = IntervisieDocs.Products.PageStyles.A5Booklet().BodyArea;
        var bottoms = PdfTools.InkBottoms(path, body.Y, body.Bottom);
        var texts = Enumerable.Range(1, bottoms.Count).Select(p => PdfTools.PageText(path, p)).ToList();
        var stubs = bottoms.Select((b, i) => (Page: i + 1, Bottom: b))
            .Where(p => p.Bottom is { } b && b < body.Y + (body.Height / 4) && !texts[p.Page - 1].Contains("bewust leeg", StringComparison.Ordinal))
            .Select(p => p.Page)
            .ToList();
        Assert.True(stubs.Count == 0, $"stomppagina's: {string.Join(", ", stubs)}");
    }
}
