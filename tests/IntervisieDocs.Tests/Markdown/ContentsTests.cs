using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Markdown;

public sealed class ContentsTests
{
    [Fact]
    public void Contents_directive_lists_headings_with_their_pages()
    {
        var markdown = "# Boek {.geen-inhoud}\n\n[[inhoud]]\n\n[[nieuwe-pagina]]\n\n# Een\n\ntekst\n\n[[nieuwe-pagina]]\n\n## Twee\n\n### Drie\n";
        var canvas = new RecordingCanvas();
        var document = new DocumentModel("t", [new Section(PageSetup.WithMarginsMm(PageSetup.A5, 15), MarkdownLayout.Render(markdown, PrintTheme.Compact))]);
        DocumentComposer.Compose(document, canvas, new TextMeasurer());

        Assert.Equal(["Boek", "Een", "2", "Twee", "3"], canvas.Pages[0].Texts.Select(t => t.Text));
        Assert.Equal([2, 3], canvas.Pages[0].Links.Select(l => l.TargetPage));
    }

    [Fact]
    public void Contents_level_must_be_1_to_4()
    {
        var error = Assert.Throws<MarkdownPrintException>(() => MarkdownLayout.Render("[[inhoud 9]]", PrintTheme.Default()));
        Assert.Equal("regel 1: [[inhoud 9]]: het niveau van de inhoudsopgave is 1, 2, 3 of 4", error.Message);
    }
}
