using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Markdown.Renderers;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class HeadingTests
{
    private static List<Heading> Headings(string markdown) =>
        [.. DocumentComposer.Descendants(MarkdownLayout.Render(markdown, PrintTheme.Default())).OfType<Heading>()];

    [Fact]
    public void Heading_levels_one_to_four_use_the_theme_styles()
    {
        var theme = PrintTheme.Default();
        var texts = Compose.Markdown("# Een\n\n## Twee\n\n### Drie\n\n#### Vier", theme).Pages[0].Texts;

        Assert.Equal(["Een", "Twee", "Drie", "Vier"], texts.Select(t => t.Text));
        for (var level = 1; level <= 4; level++)
        {
            Assert.Equal(theme.Heading(level).Style, texts[level - 1].Style);
        }
    }

    [Fact]
    public void Heading_is_a_layout_heading_with_level_and_plain_text()
    {
        var heading = Assert.Single(Headings("## Wat *is* de situatie?"));

        Assert.Equal("Wat is de situatie?", heading.Title);
        Assert.Equal(2, heading.Level);
        Assert.True(heading.InToc);
        Assert.True(heading.InOutline);
    }

    [Fact]
    public void Levels_below_four_look_like_four_but_keep_their_level()
    {
        var theme = PrintTheme.Default();
        var text = Compose.Markdown("###### Diep", theme).Pages[0].Texts[0];

        Assert.Equal(theme.Heading(4).Style, text.Style);
        Assert.Equal(6, Assert.Single(Headings("###### Diep")).Level);
    }

    [Fact]
    public void Written_anchor_is_used()
    {
        Assert.Equal("casus", Assert.Single(Headings("# Wat is een casus? {#casus}")).Anchor);
    }

    [Fact]
    public void Without_anchor_the_slug_is_lower_case_without_diacritics_with_hyphens()
    {
        Assert.Equal("ideeen-over-een-goede-casus", Assert.Single(Headings("# Ideeën over één goede casus!")).Anchor);
    }

    [Fact]
    public void Repeated_slugs_get_a_number()
    {
        var anchors = Headings("# Stap\n\n# Stap\n\n# Stap").Select(h => h.Anchor);

        Assert.Equal(["stap", "stap-2", "stap-3"], anchors);
    }

    [Fact]
    public void A_slug_never_takes_an_anchor_written_later_in_the_document()
    {
        var anchors = Headings("# Bijlage\n\n# Iets anders {#bijlage}").Select(h => h.Anchor);

        Assert.Equal(["bijlage-2", "bijlage"], anchors);
    }

    [Fact]
    public void A_written_anchor_used_twice_is_an_error()
    {
        var error = Assert.Throws<MarkdownPrintException>(() => Headings("# Een {#dubbel}\n\n# Twee {#dubbel}"));

        Assert.Equal("regel 3: {#dubbel}: dit anker staat al bij een eerdere kop", error.Message);
    }

    [Theory]
    [InlineData("Wat is intervisie?", "wat-is-intervisie")]
    [InlineData("  Stap 1 — Inbrengen  ", "stap-1-inbrengen")]
    [InlineData("???", "kop")]
    [InlineData("Ça c'est één", "ca-cest-een")]
    public void Slug_examples(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Heading_with_class_geen_inhoud_stays_out_of_toc_and_outline()
    {
        var headings = Headings("# Inhoud {.geen-inhoud}\n\n# Stap 1");

        Assert.False(headings[0].InToc);
        Assert.False(headings[0].InOutline);
        Assert.True(headings[1].InToc);

        var canvas = ComposeWithToc("# Inhoud {.geen-inhoud}\n\n# Stap 1", out var toc);
        Assert.Equal(["Stap 1"], toc.Entries.Select(e => e.Title));
        Assert.Equal(["Stap 1"], canvas.Bookmarks.Select(b => b.Title));
    }

    [Fact]
    public void Toc_entry_and_bookmark_point_to_the_written_anchor()
    {
        var canvas = ComposeWithToc("[[nieuwe-pagina]]\n\n# Werkblad {#werkblad}", out var toc);

        var entry = Assert.Single(toc.Entries);
        Assert.Equal("werkblad", entry.Anchor);
        Assert.Equal(2, canvas.Destinations["werkblad"]);
        Assert.Equal("werkblad", Assert.Single(canvas.Bookmarks).Destination);
        var link = Assert.Single(canvas.Pages[0].Links);
        Assert.Equal("werkblad", link.Destination);
        Assert.Equal(2, link.TargetPage);
    }

    [Fact]
    public void Heading_never_ends_a_page()
    {
        // The lines leave 42 pt: room for the heading (26 pt) but not for a line of text under it too.
        var canvas = Compose.Markdown("[[schrijfregels 24 10mm]]\n\n## Kop\n\nTekst onder de kop.");

        Assert.Equal(2, canvas.Pages.Count);
        Assert.Empty(canvas.Pages[0].Texts);
        Assert.Equal(["Kop", "Tekst onder de kop."], canvas.Pages[1].Texts.Select(t => t.Text));
    }

    [Fact]
    public void Heading_gets_space_before_except_as_first_block()
    {
        var theme = PrintTheme.Default();
        var first = Compose.Markdown("## Kop", theme).Pages[0].Texts[0].Baseline;
        var texts = Compose.Markdown("Tekst\n\n## Kop", theme).Pages[0].Texts;

        var lineHeight = theme.Body.Size * theme.LineHeight;
        var expected = lineHeight + theme.ParagraphSpacing + theme.Heading(2).SpaceBefore;
        Assert.Equal(expected, texts[1].Baseline - first, 3);
    }

    private static RecordingCanvas ComposeWithToc(string markdown, out TableOfContents toc)
    {
        toc = new TableOfContents(TextStyle.Body);
        return Compose.Element(new Column([toc, MarkdownLayout.Render(markdown, PrintTheme.Default())]));
    }
}
