using System.Text;
using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class PdfSmokeTests
{
    [Fact]
    public void Sample_with_every_construct_renders_to_the_same_pdf_twice()
    {
        var markdown = Samples.Read("Markdown/Samples/alle-constructies.md");

        var first = PdfRenderer.Render(Document(markdown));
        var second = PdfRenderer.Render(Document(markdown));

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(first, 0, 8), StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    private static DocumentModel Document(string markdown) =>
        new("Alle constructies", [new Section(Compose.A4, MarkdownLayout.Render(markdown, PrintTheme.Default()))]);
}
