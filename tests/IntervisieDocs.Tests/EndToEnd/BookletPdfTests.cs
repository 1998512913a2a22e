using IntervisieDocs.Tests.Cli;

namespace IntervisieDocs.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class BookletPdfTests
{
    [Fact]
    public void Schatkist_booklet_is_A4_landscape_two_pages_per_side_in_saddle_stitch_order()
    {
        var single = Path.Join(RepoPaths.Output, "e2e-schatkist.pdf");
        var booklet = Path.Join(RepoPaths.Output, "e2e-schatkist-boekje.pdf");
        Assert.Equal(0, CliRunner.Run(RepoPaths.Root, "schatkist", "-o", single).ExitCode);
        var result = CliRunner.Run(RepoPaths.Root, "schatkist", "--boekje", "-o", booklet);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("A4-vellen", result.Output);

        PdfTools.CheckStructure(booklet);
        var pages = PdfTools.PageCount(single);
        var padded = (pages + 3) / 4 * 4;
        Assert.Equal(padded / 2, PdfTools.PageCount(booklet));
        Assert.Matches(@"Page size: +841\.89 x 595\.276 pts", PdfTools.Run("pdfinfo", booklet).Output);

        // Sheet 1 front: the last page on the left, the cover (page 1) on the right.
        var front = PdfTools.Run("pdftotext", "-f", "1", "-l", "1", "-x", "421", "-y", "0", "-W", "421", "-H", "595", booklet, "-").Output;
        Assert.Contains("Schatkist intervisie", front);
        // Sheet 1 back: page 2 on the left: the table of contents.
        var back = PdfTools.Run("pdftotext", "-f", "2", "-l", "2", "-x", "0", "-y", "0", "-W", "420", "-H", "595", booklet, "-").Output;
        Assert.Contains("Inhoud", back);
    }
}
