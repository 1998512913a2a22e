using System.Text;
using IntervisieDocs.Layout;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class TableTests
{
    [Fact]
    public void Header_cells_are_bold_on_a_gray_fill()
    {
        var page = Compose.Markdown("| Rol | Taak |\n|---|---|\n| Inbrenger | Vertelt |").Pages[0];

        Assert.Equal(FontFace.Bold, page.Texts.Single(t => t.Text == "Rol").Style.Face);
        Assert.Equal(FontFace.Regular, page.Texts.Single(t => t.Text == "Inbrenger").Style.Face);
        var filled = page.Rectangles.Where(r => r.Fill is not null).ToList();
        Assert.Equal(2, filled.Count);
        Assert.All(filled, r => Assert.Equal(r.Fill!.Value.R, r.Fill.Value.B));
    }

    [Fact]
    public void Header_row_repeats_on_every_page_of_a_long_table()
    {
        var markdown = new StringBuilder("| Nr | Vraag |\n|---|---|\n");
        for (var i = 1; i <= 80; i++)
        {
            markdown.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {i} | Vraag nummer {i} |\n");
        }

        var canvas = Compose.Markdown(markdown.ToString());

        Assert.True(canvas.Pages.Count >= 2);
        Assert.All(canvas.Pages, page =>
        {
            Assert.Contains(page.Texts, t => t.Text == "Nr" && t.Style.IsBold);
            Assert.Contains(page.Texts, t => t.Text == "Vraag" && t.Style.IsBold);
        });
        Assert.Equal(80, canvas.Pages.SelectMany(p => p.Texts).Count(t => t.Text.StartsWith("Vraag nummer", StringComparison.Ordinal)));
    }

    [Fact]
    public void Escaped_pipe_in_a_cell_is_literal()
    {
        var texts = Compose.Markdown("| A | B |\n|---|---|\n| ja \\| nee | x |").Pages[0].Texts;

        Assert.Contains(texts, t => t.Text == "ja | nee");
    }

    [Fact]
    public void Column_alignment_follows_the_separator_row()
    {
        var texts = Compose.Markdown("| Links | Midden | Rechts |\n|:--|:-:|--:|\n| a | b | c |").Pages[0].Texts;
        var a = texts.Single(t => t.Text == "a");
        var b = texts.Single(t => t.Text == "b");
        var c = texts.Single(t => t.Text == "c");
        var links = texts.Single(t => t.Text == "Links");
        var rechts = texts.Single(t => t.Text == "Rechts");

        Assert.Equal(links.X, a.X, 3);
        Assert.True(b.X > texts.Single(t => t.Text == "Midden").X);
        Assert.Equal(rechts.X + rechts.Width, c.X + c.Width, 1);
    }

    [Fact]
    public void Column_widths_follow_the_longest_text_clamped()
    {
        var page = Compose.Markdown(
            "| K | Lang |\n|---|---|\n| 1 | " + new string('x', 30) + " " + new string('y', 60) + " |").Pages[0];
        var cells = page.Rectangles.Where(r => r.Fill is not null).OrderBy(r => r.Rect.X).ToList();

        // Weights 4 (clamped up from 1) and 40 (clamped down from 91).
        Assert.Equal(4.0 / 40, cells[0].Rect.Width / cells[1].Rect.Width, 3);
    }

    [Fact]
    public void Missing_cells_are_empty_and_rows_keep_their_columns()
    {
        var page = Compose.Markdown("| A | B | C |\n|---|---|---|\n| alleen a |").Pages[0];

        Assert.Equal(6, page.Rectangles.Count);
        Assert.Contains(page.Texts, t => t.Text == "alleen a");
    }
}
