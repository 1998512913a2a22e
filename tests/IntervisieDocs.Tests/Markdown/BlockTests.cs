using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class BlockTests
{
    [Fact]
    public void Render_returns_a_column_of_the_blocks()
    {
        var column = Assert.IsType<Column>(MarkdownLayout.Render("Een.\n\nTwee.", PrintTheme.Default()));

        Assert.Equal(2, column.Children.Count());
    }

    [Fact]
    public void Paragraphs_are_separated_by_the_paragraph_spacing()
    {
        var theme = PrintTheme.Default();
        var texts = Compose.Markdown("Een.\n\nTwee.", theme).Pages[0].Texts;

        var lineHeight = theme.Body.Size * theme.LineHeight;
        Assert.Equal(lineHeight + theme.ParagraphSpacing, texts[1].Baseline - texts[0].Baseline, 3);
    }

    [Fact]
    public void Block_quote_is_a_shaded_box_around_its_text()
    {
        var page = Compose.Markdown("> Van de inbrenger.").Pages[0];

        var box = Assert.Single(page.Rectangles);
        Assert.NotNull(box.Fill);
        Assert.Equal(box.Fill.Value.R, box.Fill.Value.G);
        var text = Assert.Single(page.Texts);
        Assert.Equal("Van de inbrenger.", text.Text);
        Assert.True(text.X > box.Rect.X);
    }

    [Fact]
    public void Thematic_break_is_a_horizontal_rule()
    {
        var page = Compose.Markdown("Boven\n\n---\n\nOnder").Pages[0];

        var line = Assert.Single(page.Lines);
        Assert.Equal(line.Y1, line.Y2);
        Assert.Equal(Compose.A4.BodyArea.X, line.X1, 3);
        Assert.Equal(Compose.A4.BodyArea.Right, line.X2, 3);
    }

    [Fact]
    public void Code_block_is_a_shaded_box_with_the_literal_lines()
    {
        var page = Compose.Markdown("```\n*geen nadruk*\n  <b>ingesprongen</b>\n```").Pages[0];

        Assert.Single(page.Rectangles, r => r.Fill is not null);
        Assert.Equal(["*geen nadruk*", "  <b>ingesprongen</b>"], page.Texts.Select(t => t.Text));
    }

    [Fact]
    public void Html_block_is_shown_literally()
    {
        var texts = Compose.Markdown("<div>\n<script>alert(1)</script>\n</div>").Pages[0].Texts;

        Assert.Equal(["<div>", "<script>alert(1)</script>", "</div>"], texts.Select(t => t.Text));
    }

    [Fact]
    public void Link_reference_definitions_print_nothing_but_feed_their_links()
    {
        var texts = Compose.Markdown("Zie [de site][s].\n\n[s]: https://example.nl").Pages[0].Texts;

        Assert.Equal("Zie de site (https://example.nl).", Assert.Single(texts).Text);
    }

    [Fact]
    public void Empty_markdown_gives_an_empty_column()
    {
        var column = MarkdownLayout.Render("", PrintTheme.Default());

        Assert.Empty(column.Children);
    }

    [Fact]
    public void Compact_theme_prints_smaller_text_than_default()
    {
        var normal = Compose.Markdown("Tekst", PrintTheme.Default()).Pages[0].Texts[0];
        var compact = Compose.Markdown("Tekst", PrintTheme.Compact).Pages[0].Texts[0];

        Assert.True(compact.Style.Size < normal.Style.Size);
    }
}
