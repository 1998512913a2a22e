
using IntervisieDocs.Templating;
using IntervisieDocs.Tests.Loading;

namespace IntervisieDocs.Tests.Templating;

/// <summary>The filters and accessors that forms use to take data texts apart and pick parts of them.</summary>
public sealed class FormFilterTests(RealDataFixture data) : IClassFixture<RealDataFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sjablonen").FullName;

    private string Render(string source)
    {
        File.WriteAllText(Path.Combine(_dir, "t.sbn"), source);
        var variables = TemplateModel.Variables(TemplateModel.Library(data.Data));
        return new TemplateRenderer(new TemplateSet(_dir)).Render("t", variables);
    }

    [Fact]
    public void Paragraphs_leave_lists_out_and_keep_their_markdown()
    {
        const string text = "De inbrenger en groepsleden kijken *terug*:\n\n- Wat heeft het opgeleverd?\n- Hoe ging het?\n\nSlot\nover twee regels.\n";
        Assert.Equal(["De inbrenger en groepsleden kijken *terug*:", "Slot\nover twee regels."], MarkdownText.Paragraphs(text));
    }

    [Fact]
    public void List_items_are_literal_text_on_one_line()
    {
        const string text = "De teamleden noteren:\n\n- alle *kwaliteiten*\n  van de inbrenger;\n- `code` &amp; meer\n";
        Assert.Equal(["alle kwaliteiten van de inbrenger;", "code & meer"], MarkdownText.ListItems(text));
    }

    [Fact]
    public void Empty_or_missing_text_has_no_parts()
    {
        Assert.Empty(MarkdownText.Paragraphs(null));
        Assert.Empty(MarkdownText.ListItems("  \n"));
    }

    [Theory]
    [InlineData("alle kwaliteiten van de inbrenger;", "alle kwaliteiten van de inbrenger")]
    [InlineData("wat is zijn visie op de situatie?;", "wat is zijn visie op de situatie?")]
    [InlineData("die nuttig kunnen zijn voor de inbrenger.", "die nuttig kunnen zijn voor de inbrenger")]
    [InlineData("Wat heeft het gebracht?", "Wat heeft het gebracht?")]
    [InlineData("", "")]
    public void Without_closing_mark_drops_one_separator(string input, string expected) =>
        Assert.Equal(expected, DutchFilters.ZonderSlotteken(input));

    [Theory]
    [InlineData("Mijn werkprobleem is……………………….", "Mijn werkprobleem is …")]
    [InlineData("Mijn werkprobleem is ....", "Mijn werkprobleem is …")]
    [InlineData("Een zin.", "Een zin.")]
    [InlineData("Wacht…", "Wacht …")]
    public void Fill_in_dots_become_an_ellipsis(string input, string expected) =>
        Assert.Equal(expected, DutchFilters.Invulregel(input));

    [Fact]
    public void Library_gives_texts_banks_and_methods_by_id()
    {
        var output = Render("""{{ teksten["goede-casus"].titel }}|{{ vragenbanken["zelf-intervisietest"].vragen.size }}|{{ methoden["krachtenveldanalyse"].stappen.size }}|{{ teksten["smart"].secties[0].letter }}""");
        Assert.Equal("Een casus formuleren|11|6|S", output);
    }

    [Fact]
    public void Unknown_id_in_the_library_names_the_line_and_the_known_ids()
    {
        var error = Assert.Throws<TemplateException>(() => Render("regel 1\n{{ teksten[\"goede-casu\"].titel }}"));
        Assert.Contains("t.sbn:2:12: teksten[\"goede-casu\"] bestaat niet", error.Message);
        Assert.Contains("goede-casus", error.Message);
    }

    [Fact]
    public void With_picks_a_section_by_title_and_a_question_by_its_words()
    {
        var output = Render("""
            {{- vaag = teksten["werkvraag-formuleren"].secties | met "Niet vaag" -}}
            {{ vaag.punten.size }}|{{ vragenbanken["reactie-inbrenger-vragen"].vragen | met "morgen te beginnen" }}
            """);
        Assert.Equal("3|Wat is de volgende haalbare stap in de gewenste richting, die de inbrenger gaat maken (morgen te beginnen)?", output);
    }

    [Fact]
    public void With_finds_a_step_by_its_description()
    {
        var output = Render("""{{ stap = methoden["modelling"].stappen | met "ideale professional" }}{{ stap.titel }}""");
        Assert.Equal("Modelling", output);
    }

    [Fact]
    public void With_is_an_error_naming_the_line_when_the_data_no_longer_says_it()
    {
        var error = Assert.Throws<TemplateException>(() => Render("{{ # bestaat niet }}\n{{ teksten[\"smart\"].secties | met \"bestaat niet\" }}"));
        Assert.Matches(@"t\.sbn:2:\d+: met: geen element met „bestaat niet” in de gegevens$", error.Message);
    }

    [Fact]
    public void Paragraphs_and_items_as_filters()
    {
        var output = Render("""
            {{- tekst = methoden["tienstappenmethode"].stappen | array.last
                alineas = tekst.beschrijving | alineas
                punten = tekst.beschrijving | punten -}}
            {{ alineas.size }}:{{ alineas[0] }}|{{ punten | array.join "|" }}
            """);
        Assert.Equal("1:De inbrenger en groepsleden kijken terug op de consultatie:|Wat heeft het de inbrenger opgeleverd?|Hoe zijn de groepsleden met hun rol omgegaan?", output);
    }

    [Fact]
    public void Text_kind_is_the_word_of_the_data_file()
    {
        Assert.Equal("voorbeelden", Render("""{{ teksten["smart"].soort }}"""));
        Assert.Equal("regels", Render("""{{ teksten["basisregels"].soort }}"""));
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
