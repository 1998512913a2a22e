using IntervisieDocs.Layout;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class InlineTests
{
    private static List<RecordedText> Texts(string markdown) =>
        [.. Compose.Markdown(markdown).Pages.SelectMany(p => p.Texts)];

    private static string AllText(string markdown) => string.Join(" ", Texts(markdown).Select(t => t.Text));

    [Fact]
    public void Emphasis_is_italic_strong_is_bold_and_both_nested_is_bold_italic()
    {
        var texts = Texts("gewoon *schuin* **vet** ***beide*** _ook schuin_ __ook vet__");

        Assert.Equal(FontFace.Regular, texts.Single(t => t.Text.StartsWith("gewoon", StringComparison.Ordinal)).Style.Face);
        Assert.Equal(FontFace.Italic, texts.Single(t => t.Text == "schuin").Style.Face);
        Assert.Equal(FontFace.Bold, texts.Single(t => t.Text == "vet").Style.Face);
        Assert.Equal(FontFace.BoldItalic, texts.Single(t => t.Text == "beide").Style.Face);
        Assert.Equal(FontFace.Italic, texts.Single(t => t.Text == "ook schuin").Style.Face);
        Assert.Equal(FontFace.Bold, texts.Single(t => t.Text == "ook vet").Style.Face);
    }

    [Fact]
    public void Bold_inside_italic_is_bold_italic()
    {
        var texts = Texts("*schuin **en vet** schuin*");

        Assert.Equal(FontFace.BoldItalic, texts.Single(t => t.Text == "en vet").Style.Face);
        Assert.All(texts.Where(t => t.Text.Contains("schuin", StringComparison.Ordinal)), t => Assert.Equal(FontFace.Italic, t.Style.Face));
    }

    [Fact]
    public void Inline_code_is_literal_text()
    {
        Assert.Equal("Typ *dit* <b> letterlijk", AllText("Typ `*dit* <b>` letterlijk"));
    }

    [Fact]
    public void Soft_line_break_is_a_space_and_hard_break_starts_a_new_line()
    {
        var texts = Texts("een\ntwee  \ndrie\\\nvier");

        Assert.Equal(["een twee", "drie", "vier"], texts.Select(t => t.Text));
        Assert.True(texts[1].Baseline > texts[0].Baseline);
        Assert.True(texts[2].Baseline > texts[1].Baseline);
    }

    [Fact]
    public void External_link_shows_its_text_and_address()
    {
        Assert.Equal("Zie de site (https://example.nl/a).", AllText("Zie [de site](https://example.nl/a)."));
    }

    [Fact]
    public void Link_whose_text_is_the_address_shows_it_once()
    {
        Assert.Equal("Zie https://example.nl.", AllText("Zie [https://example.nl](https://example.nl)."));
    }

    [Fact]
    public void Mail_link_shows_the_address_without_mailto()
    {
        Assert.Equal("Mail de trainer (a@example.nl).", AllText("Mail [de trainer](mailto:a@example.nl)."));
    }

    [Fact]
    public void Internal_link_shows_only_its_text()
    {
        Assert.Equal("Zie hieronder.", AllText("Zie [hieronder](#bijlage)."));
    }

    [Fact]
    public void Autolinks_show_the_address()
    {
        Assert.Equal("Op https://example.nl of a@example.nl.", AllText("Op <https://example.nl> of <a@example.nl>."));
    }

    [Fact]
    public void Inline_html_is_shown_literally()
    {
        Assert.Equal("Een <b>vet</b> woord en <script>x</script>", AllText("Een <b>vet</b> woord en <script>x</script>"));
    }

    [Fact]
    public void Html_entities_are_decoded()
    {
        Assert.Equal("Tom & Jerry é © <", AllText("Tom &amp; Jerry &#233; &copy; &lt;"));
    }

    [Fact]
    public void Backslash_escaped_characters_print_literally()
    {
        Assert.Equal("*geen nadruk* _ook niet_ [geen link] # geen kop \\ ` |", AllText("\\*geen nadruk\\* \\_ook niet\\_ \\[geen link\\] \\# geen kop \\\\ \\` \\|"));
    }

    [Fact]
    public void Braces_in_running_text_stay_literal()
    {
        Assert.Equal("Beste {naam}, tot {datum}.", AllText("Beste {naam}, tot {datum}."));
    }

    [Fact]
    public void Double_colons_in_running_text_stay_literal()
    {
        Assert.Equal("Let op::dit:: blijft staan.", AllText("Let op::dit:: blijft staan."));
    }

    [Fact]
    public void Quotes_are_set_typographically_and_other_markup_stays_as_written()
    {
        // One quote style (Dutch typography when set); no SmartyPants: "--", "..." and "(c)" stay.
        Assert.Equal("“Zo” -- en “zo”... --- (c)", AllText("\"Zo\" -- en 'zo'... --- (c)"));
    }

    [Fact]
    public void Image_is_an_error_rather_than_a_silent_gap()
    {
        var error = Assert.Throws<IntervisieDocs.Markdown.MarkdownPrintException>(() => Texts("Tekst\n\n![schema](schema.png)"));

        Assert.Equal("regel 3: ![…](schema.png): afbeeldingen worden nog niet ondersteund", error.Message);
    }
}
