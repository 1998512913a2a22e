using System.Text;
using IntervisieDocs.Tests.Cli;

namespace IntervisieDocs.Tests.EndToEnd;

/// <summary>
/// Every product is a tagged PDF (PDF/UA-1), read back with poppler: <c>pdfinfo</c> says "Tagged: yes",
/// <c>pdfinfo -struct-text</c> shows the structure tree in reading order with the running heads and
/// page numbers left out (artifacts), and the file carries the language, the title and the PDF/UA id.
/// </summary>
[Trait("Category", "E2E")]
public sealed class TaggedPdfTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tagged-pdf").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string[]> Products() => new()
    {
        { "handout", ["handout", "vissenkom"] },
        { "werkblad", ["werkblad", "casus"] },
        { "kaarten", ["kaarten", "vissenkom"] },
        { "pakket", ["pakket", Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml")] },
        { "schatkist", ["schatkist"] },
    };

    private string Write(string name, string[] arguments)
    {
        var path = Path.Join(_dir, name + ".pdf");
        var result = CliRunner.Run(RepoPaths.Root, [.. arguments, "-o", path]);
        Assert.True(result.ExitCode == 0, result.Output);
        return path;
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_product_is_tagged_in_dutch_with_its_title_and_the_pdf_ua_identifier(string name, string[] arguments)
    {
        var pdf = Write(name, arguments);
        var info = PdfTools.Run("pdfinfo", pdf).Output;
        Assert.Matches(@"Tagged: +yes", info);
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Contains("/Lang(nl-NL)", bytes);
        Assert.Contains("/Marked true", bytes);
        Assert.Contains("/DisplayDocTitle true", bytes);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", bytes);
        Assert.Contains("/Tabs/S", bytes);

        var structure = PdfTools.Run("pdfinfo", "-struct", pdf).Output;
        Assert.StartsWith("Document", structure.TrimStart());
        PdfTools.CheckStructure(pdf);
    }

    [Fact]
    public void Schatkist_structure_has_headings_paragraphs_lists_and_tables_in_reading_order()
    {
        var pdf = Write("schatkist", ["schatkist"]);
        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf).Output;
        foreach (var role in new[] { "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "TOC", "TOCI", "Link" })
        {
            Assert.Matches($@"(?m)^\s*{role}\b", tree);
        }

        Assert.Contains("/Scope /Column", tree);
        PdfTools.AssertInOrder(tree, ["Schatkist intervisie", "Inhoud", "Spelregels", "\"Vissenkom (\"", "\"fishbowl\"", "Stappen"]);
    }

    [Fact]
    public void Running_heads_and_page_numbers_are_not_in_the_structure()
    {
        var pdf = Write("handout", ["handout", "vissenkom"]);
        Assert.Contains("pagina 1 van 2", PdfTools.Text(pdf));
        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf).Output;
        Assert.Matches(@"""Vissenkom\s+\(""", tree);
        Assert.DoesNotContain("pagina 1 van 2", tree);
    }

    [Fact]
    public void A_word_that_is_not_dutch_is_a_span_with_its_language()
    {
        var pdf = Write("handout", ["handout", "vissenkom"]);
        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf).Output;
        // poppler reads the name in the header band as "Vissenkom\u00A0 (": whitespace is whitespace here.
        Assert.Matches(@"H1 \(block\)\s+""Vissenkom\s+\(""\s+Span \(inline\)\s+""fishbowl""\s+""\)""", tree);
        Assert.Contains("/Lang(en)", Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
        Assert.Contains("Vissenkom (fishbowl)", PdfTools.Text(pdf));
    }
}
