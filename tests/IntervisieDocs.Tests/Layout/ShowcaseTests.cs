using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

public sealed class ShowcaseTests
{
    [Fact]
    public void Showcase_lays_out_every_element_within_its_pages()
    {
        var canvas = LayoutHarness.Render(Showcase.Build());
        Assert.True(canvas.Pages.Count >= 5);
        Assert.Contains(canvas.Pages, p => p.Images.Count == 2);
        Assert.Equal([PageSetup.A5, PageSetup.A6, Size.FromMm(120, 80)], canvas.Pages.TakeLast(3).Select(p => p.Size));
        var measurer = new TextMeasurer();
        foreach (var page in canvas.Pages)
        {
            var sheet = new Rect(0, 0, page.Size.Width, page.Size.Height);
            Assert.All(page.Texts, t => Assert.True(sheet.Contains(LayoutHarness.Bounds(t, measurer))));
        }
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var first = PdfRenderer.Render(Showcase.Build());
        var second = PdfRenderer.Render(Showcase.Build());
        Assert.Equal(first, second);
    }

    [Fact]
    public void Metadata_text_is_escaped_in_the_xmp_packet()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(PdfRenderer.Render(Showcase.Build()));
        Assert.Contains("alle elementen &amp; “tekens”", System.Text.Encoding.UTF8.GetString(System.Text.Encoding.Latin1.GetBytes(pdf)));
        Assert.DoesNotContain("uuid:00000000", pdf);
    }
}
