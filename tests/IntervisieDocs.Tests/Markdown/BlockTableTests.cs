using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Markdown;

public sealed class BlockTableTests
{
    private const string Table = """
        ::::: tabel 10mm * 15mm
        :::: kop
        ::: cel
        Nr
        :::
        ::: cel
        Wat
        :::
        ::: cel
        Min
        :::
        ::::
        :::: rij
        ::: cel
        1
        :::
        ::: cel
        Eerste alinea.

        - een punt
        - nog een punt
        :::
        ::: cel
        5 min
        :::
        ::::
        :::::
        """;

    private static RecordingCanvas Render(string markdown)
    {
        var canvas = new RecordingCanvas();
        var document = new DocumentModel("t", [new Section(PageSetup.WithMarginsMm(PageSetup.A4, 20), MarkdownLayout.Render(markdown, PrintTheme.Default()))]);
        DocumentComposer.Compose(document, canvas, new TextMeasurer());
        return canvas;
    }

    [Fact]
    public void Cells_hold_paragraphs_and_lists_in_fixed_and_shared_columns()
    {
        var page = Render(Table).Pages.Single();
        var texts = page.Texts.Select(t => t.Text).ToList();
        Assert.Equal(["Nr", "Wat", "Min", "1", "Eerste alinea.", "•", "een punt", "•", "nog een punt", "5 min"], texts);
        var cells = page.Rectangles.Select(r => r.Rect).ToList();
        Assert.Equal(6, cells.Count);
        Assert.Equal(Units.Mm(10), cells[0].Width, 3);
        Assert.Equal(Units.Mm(170 - 25), cells[1].Width, 3);
        Assert.Equal(Units.Mm(15), cells[2].Width, 3);
    }

    [Fact]
    public void Header_rows_repeat_on_every_page()
    {
        var rows = string.Concat(Enumerable.Range(1, 60).Select(i => $":::: rij\n::: cel\n{i}\n:::\n::: cel\nregel {i}\n:::\n::: cel\nx\n:::\n::::\n"));
        var markdown = Table.Replace("::::\n:::::", "::::\n" + rows + ":::::", StringComparison.Ordinal);
        var canvas = Render(markdown);
        Assert.True(canvas.Pages.Count > 1);
        Assert.All(canvas.Pages, p => Assert.Equal("Nr", p.Texts[0].Text));
    }

    [Theory]
    [InlineData("::: tabel\n:::", "regel 1: ::: tabel: geef de kolombreedtes, bijvoorbeeld ::: tabel 12mm * 2* 18mm")]
    [InlineData("::: tabel 10mm breed\n:::", "regel 1: ::: tabel 10mm breed: kolombreedte 'breed' begrijp ik niet: gebruik bijvoorbeeld 12mm, * of 2*")]
    [InlineData(":::: tabel 10mm *\n::: rij\n:::\n::::", "regel 2: ::: rij: de rij heeft 0 cellen, de tabel 2 kolommen")]
    [InlineData("::: cel\ntekst\n:::", "regel 1: ::: cel: 'cel' hoort in een '::: tabel'")]
    public void Mistakes_name_the_line(string markdown, string message)
    {
        var error = Assert.Throws<MarkdownPrintException>(() => MarkdownLayout.Render(markdown, PrintTheme.Default()));
        Assert.Equal(message, error.Message);
    }
}
