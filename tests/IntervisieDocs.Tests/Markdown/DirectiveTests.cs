using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Markdown.Elements;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class DirectiveTests
{
    [Fact]
    public void Growing_writing_lines_fill_the_page_and_leave_what_follows_on_it()
    {
        var page = Compose.Markdown("Vraag\n\n[[schrijfregels 3+]]\n\nBron: hier").Pages;
        var only = Assert.Single(page);
        var lines = only.Lines.OrderBy(l => l.Y1).ToList();
        var source = Assert.Single(only.Texts, t => t.Text == "Bron: hier");
        Assert.True(lines.Count > 20, $"{lines.Count} regels");
        Assert.True(source.Baseline > lines[^1].Y1, "de bron staat onder de regels");
        Assert.True(Compose.A4.BodyArea.Bottom - source.Baseline < Units.Mm(8.5), "de regels vullen de pagina tot de bron");

        // Fixed lines stay as asked.
        Assert.Equal(3, Compose.Markdown("Vraag\n\n[[schrijfregels 3]]\n\nBron: hier").Pages[0].Lines.Count);
    }

    [Fact]
    public void A_numbered_scale_names_its_ends_beside_five_squares_of_5_mm()
    {
        var page = Compose.Markdown("[[schaal 1-5 \"weinig\" \"veel\"]]").Pages[0];
        Assert.Equal(["weinig", "1", "2", "3", "4", "5", "veel"], page.Texts.OrderBy(t => t.X).Select(t => t.Text));
        Assert.Equal(5, page.Rectangles.Count);
        Assert.All(page.Rectangles, r => Assert.Equal(Units.Mm(5), r.Rect.Width, 3));
        Assert.Equal(["1", "2", "3"], Compose.Markdown("[[schaal 1 – 3]]").Pages[0].Texts.Select(t => t.Text));
    }

    [Fact]
    public void Writing_lines_draw_the_asked_number_of_lines_8_5_mm_apart()
    {
        var lines = Compose.Markdown("[[schrijfregels 5]]").Pages[0].Lines;

        Assert.Equal(5, lines.Count);
        Assert.All(lines.Zip(lines.Skip(1)), pair => Assert.Equal(Units.Mm(8.5), pair.Second.Y1 - pair.First.Y1, 3));
        Assert.All(lines, l =>
        {
            Assert.Equal(Compose.A4.BodyArea.X, l.X1, 3);
            Assert.Equal(Compose.A4.BodyArea.Right, l.X2, 3);
        });
    }

    [Theory]
    [InlineData("[[schrijfregels 3 9mm]]", 9)]
    [InlineData("[[schrijfregels 3 9,5mm]]", 9.5)]
    [InlineData("[[schrijfregels 3 7.5mm]]", 7.5)]
    public void Writing_lines_take_a_spacing_in_mm(string markdown, double spacingMm)
    {
        var lines = Compose.Markdown(markdown).Pages[0].Lines;

        Assert.Equal(3, lines.Count);
        Assert.Equal(Units.Mm(spacingMm), lines[1].Y1 - lines[0].Y1, 3);
    }

    [Fact]
    public void Writing_lines_use_the_theme_spacing()
    {
        var lines = Compose.Markdown("[[schrijfregels 2]]", PrintTheme.Compact).Pages[0].Lines;

        Assert.Equal(Units.Mm(PrintTheme.Compact.WritingLineSpacingMm), lines[1].Y1 - lines[0].Y1, 3);
    }

    [Fact]
    public void Directive_interrupts_a_paragraph_without_a_blank_line()
    {
        var page = Compose.Markdown("Wat is de situatie?\n[[schrijfregels 2]]").Pages[0];

        Assert.Equal("Wat is de situatie?", Assert.Single(page.Texts).Text);
        Assert.Equal(2, page.Lines.Count);
    }

    [Fact]
    public void Answer_box_has_the_asked_height_and_full_width()
    {
        var rect = Assert.Single(Compose.Markdown("[[antwoordvak 40mm]]").Pages[0].Rectangles);

        Assert.Equal(Units.Mm(40), rect.Rect.Height, 3);
        Assert.Equal(Compose.A4.BodyArea.Width, rect.Rect.Width, 3);
        Assert.Null(rect.Fill);
    }

    [Fact]
    public void Answer_box_label_is_drawn_inside_the_box_in_the_theme_style()
    {
        var theme = PrintTheme.Default();
        var page = Compose.Markdown("[[antwoordvak 30mm \"Wat is de situatie?\"]]", theme).Pages[0];

        var rect = Assert.Single(page.Rectangles).Rect;
        var label = Assert.Single(page.Texts);
        Assert.Equal("Wat is de situatie?", label.Text);
        Assert.Equal(theme.AnswerBoxLabel, label.Style);
        Assert.Equal(Units.Mm(30), rect.Height, 3);
        Assert.True(rect.Contains(new Rect(label.X, label.Baseline - 6, label.Width, 6)));
    }

    [Fact]
    public void Long_answer_box_label_wraps_inside_the_box()
    {
        var label = string.Join(" ", Enumerable.Repeat("Beschrijf de situatie zo concreet mogelijk.", 6));
        var page = Compose.Markdown($"[[antwoordvak 30mm \"{label}\"]]").Pages[0];

        var rect = Assert.Single(page.Rectangles).Rect;
        Assert.True(page.Texts.Count > 1);
        Assert.All(page.Texts, t => Assert.True(t.X + t.Width <= rect.Right));
    }

    [Fact]
    public void Answer_box_label_keeps_escaped_quotes_literal()
    {
        var element = MarkdownLayout.Render("[[antwoordvak 20mm \"Wat zei \\\"de klant\\\"?\"]]", PrintTheme.Default());

        Assert.Equal("Wat zei \"de klant\"?", DocumentComposer.Descendants(element).OfType<IntervisieDocs.Layout.AnswerBox>().Single().Label);
    }

    [Fact]
    public void Standalone_checkbox_directive_draws_an_empty_box_and_its_text()
    {
        var page = Compose.Markdown("[[vakje \"Ik breng een casus in.\"]]").Pages[0];

        Assert.Single(page.Rectangles);
        Assert.Empty(page.Lines);
        Assert.Equal("Ik breng een casus in.", Assert.Single(page.Texts).Text);
    }

    [Fact]
    public void Checkbox_without_text_is_a_bare_square_of_its_size_with_no_text()
    {
        var page = Compose.Markdown("[[vakje]]").Pages[0];

        var square = Assert.Single(page.Rectangles).Rect;
        Assert.Equal(Units.Mm(5), square.Width, 3);
        Assert.Equal(square.Width, square.Height, 3);
        Assert.Empty(page.Texts);
    }

    [Fact]
    public void Rating_scale_draws_one_labelled_checkbox_per_option_in_a_row()
    {
        var page = Compose.Markdown("[[schaal warm | neutraal | koud]]").Pages[0];

        Assert.Equal(3, page.Rectangles.Count);
        Assert.Equal(["warm", "neutraal", "koud"], page.Texts.Select(t => t.Text));
        Assert.Single(page.Rectangles.Select(r => Math.Round(r.Rect.Y, 3)).Distinct());
        Assert.True(page.Rectangles[0].Rect.X < page.Rectangles[1].Rect.X && page.Rectangles[1].Rect.X < page.Rectangles[2].Rect.X);
    }

    [Fact]
    public void Rating_scale_option_may_contain_an_escaped_bar()
    {
        var texts = Compose.Markdown("[[schaal ja \\| nee | weet niet]]").Pages[0].Texts;

        Assert.Equal(["ja | nee", "weet niet"], texts.Select(t => t.Text));
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var canvas = Compose.Markdown("Eerste pagina.\n\n[[nieuwe-pagina]]\n\nTweede pagina.");

        Assert.Equal(2, canvas.Pages.Count);
        Assert.Equal("Eerste pagina.", Assert.Single(canvas.Pages[0].Texts).Text);
        Assert.Equal("Tweede pagina.", Assert.Single(canvas.Pages[1].Texts).Text);
    }

    [Fact]
    public void Page_break_at_the_top_of_a_page_gives_no_blank_page()
    {
        var canvas = Compose.Markdown("[[nieuwe-pagina]]\n\nTekst.");

        Assert.Single(canvas.Pages);
    }

    [Fact]
    public void Directive_in_a_list_item_renders_inside_the_item()
    {
        var page = Compose.Markdown("- vraag\n\n  [[schrijfregels 2]]").Pages[0];

        Assert.Equal(2, page.Lines.Count);
        Assert.True(page.Lines[0].X1 > Compose.A4.BodyArea.X);
    }

    [Fact]
    public void Windows_line_ends_and_trailing_spaces_are_fine()
    {
        var page = Compose.Markdown("Vraag\r\n\r\n[[schrijfregels 2]]   \r\n\r\n[[vakje \"Ja\"]]\r\n").Pages[0];

        Assert.Equal(2, page.Lines.Count);
        Assert.Equal(["Vraag", "Ja"], page.Texts.Select(t => t.Text));
    }

    [Fact]
    public void Indented_directive_is_a_code_block_not_a_directive()
    {
        var page = Compose.Markdown("    [[schrijfregels 2]]").Pages[0];

        Assert.Empty(page.Lines);
        Assert.Equal("[[schrijfregels 2]]", Assert.Single(page.Texts).Text);
    }

    [Fact]
    public void Escaped_brackets_are_text_not_a_directive()
    {
        var texts = Compose.Markdown("\\[\\[schrijfregels 5\\]\\]").Pages[0].Texts;

        Assert.Equal("[[schrijfregels 5]]", Assert.Single(texts).Text);
    }
}
