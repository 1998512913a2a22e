using IntervisieDocs.Loading;
using IntervisieDocs.Tests.Cli;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.EndToEnd;

/// <summary>Every method's handout as a real PDF, through the command line, checked with poppler and qpdf.</summary>
[Trait("Category", "E2E")]
public sealed class HandoutPdfTests
{
    public static TheoryData<string> MethodIds() =>
        [.. DataLoader.Load(RepoPaths.Methods).Data!.Methods.Select(m => m.Id)];

    [Theory]
    [MemberData(nameof(MethodIds))]
    public void Handout_pdf_is_valid_embeds_its_fonts_and_reads_as_the_method(string id)
    {
        var method = DataLoader.Load(RepoPaths.Methods).Data!.FindMethod(id)!;
        Directory.CreateDirectory(Path.Join(RepoPaths.Output, "handouts"));
        var path = Path.Join(RepoPaths.Output, "handouts", $"handout-{id}.pdf");
        var result = CliRunner.Run(RepoPaths.Root, "handout", id, "-o", path);
        Assert.Equal(0, result.ExitCode);

        PdfTools.CheckStructure(path);
        PdfTools.CheckFontsEmbedded(path);
        Assert.InRange(PdfTools.PageCount(path), 1, 3);
        var text = PdfTools.Text(path);
        PdfTools.AssertInOrder(text, [DutchPunctuation.Apply(method.Title), "Bron:", "Stappen", .. method.Steps.Select(s => s.Title.Split(' ')[0])]);
        Assert.Contains("pagina 1 van", text);
    }
}
