using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

public sealed class BookletTests
{
    [Fact]
    public void Six_A5_pages_become_two_A4_sheets_with_blanks_at_the_end()
    {
        var content = new Column(Enumerable.Range(1, 6).SelectMany(i => new Element[] { LayoutHarness.Text($"pagina-{i}"), new PageBreak() }));
        var document = new DocumentModel("boekje", [new Section(PageSetup.WithMarginsMm(PageSetup.A5, 12), content)]);
        var bytes = PdfRenderer.RenderBooklet(document, PageSetup.A4Landscape, out var sides);
        Assert.Equal(4, sides);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public void Pages_larger_than_half_the_sheet_are_refused()
    {
        var document = new DocumentModel("te groot", [new Section(PageSetup.WithMarginsMm(PageSetup.A4, 12), LayoutHarness.Text("x"))]);
        var error = Assert.Throws<LayoutException>(() => PdfRenderer.RenderBooklet(document, PageSetup.A4Landscape, out _));
        Assert.Contains("148.5 × 210 mm", error.Message);
    }
}
