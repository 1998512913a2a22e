
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Templating;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sjablonen").FullName;

    private string Dir(string name)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private TemplateRenderer Renderer(params (string Name, string Source)[] templates)
    {
        var dir = Dir("standaard");
        foreach (var (name, source) in templates)
        {
            File.WriteAllText(Path.Combine(dir, name + ".sbn"), source);
        }

        return new TemplateRenderer(new TemplateSet(dir));
    }

    private static TemplateVariables Model() => TemplateModel.Variables(("methode", new TemplateObject("methode",
    [
        new("titel", "Vissenkom | *fishbowl* # {{ x }}"),
        new("minuten", 75),
        new("optioneel", false),
    ])));

    [Fact]
    public void Renders_fields_and_dutch_filters()
    {
        var output = Renderer(("t", "{{ methode.minuten | minuten }}")).Render("t", Model());
        Assert.Equal("1 uur 15 min", output);
    }

    [Theory]
    [InlineData(5, "5 min")]
    [InlineData(40, "40 min")]
    [InlineData(60, "1 uur")]
    [InlineData(75, "1 uur 15 min")]
    [InlineData(125, "2 uur 5 min")]
    public void Minutes_read_as_people_say_them(int minutes, string expected) =>
        Assert.Equal(expected, DutchFilters.Minuten(minutes));

    [Theory]
    [InlineData(40, "40 min")]
    [InlineData(100, "100 min (1 uur 40 min)")]
    public void Durations_keep_the_sources_minutes(int minutes, string expected) =>
        Assert.Equal(expected, DutchFilters.Duur(minutes));

    [Theory]
    [InlineData("2026-11-23", "maandag 23 november 2026")]
    [InlineData("2027-02-07", "zondag 7 februari 2027")]
    public void Dates_are_written_in_dutch(string date, string expected) => Assert.Equal(expected, DutchFilters.Datum(date));

    [Fact]
    public void Data_text_is_escaped_for_markdown()
    {
        var output = Renderer(("t", "{{ methode.titel | md }}")).Render("t", Model());
        Assert.Equal(@"Vissenkom \| \*fishbowl\* \# &#123;&#123; x &#125;&#125;", output);
    }

    private static TemplateVariables Methods() => TemplateModel.Variables(("methoden", new TemplateList("methoden",
    [
        ("vissenkom", new TemplateObject("methode", [new("titel", "Vissenkom")])),
        ("modelling", new TemplateObject("methode", [new("titel", "Modelling")])),
    ])));

    [Fact]
    public void A_list_of_the_data_loops_in_order_and_is_looked_up_by_id_or_position()
    {
        var output = Renderer(("t", "{{ for m in methoden }}{{ m.titel }},{{ end }} {{ methoden[\"modelling\"].titel }} {{ methoden[0].titel }} {{ methoden.size }}"))
            .Render("t", Methods());
        Assert.Equal("Vissenkom,Modelling, Modelling Vissenkom 2", output);
    }

    [Fact]
    public void An_unknown_id_in_a_list_of_the_data_lists_the_ids_there_are()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "{{ methoden[\"modeling\"].titel }}")).Render("t", Methods()));
        Assert.Contains("methoden[\"modeling\"] bestaat niet (wel: modelling, vissenkom)", error.Message);
    }

    [Fact]
    public void Unknown_variable_names_template_line_and_column()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("handout", "regel 1\n{{ metode.titel }}\n")).Render("handout", Model()));
        Assert.EndsWith("handout.sbn:2:4: onbekende variabele 'metode'", error.Message);
    }

    [Fact]
    public void Unknown_field_of_a_known_object_is_an_error()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "a\n{{ if methode.tittel }}x{{ end }}")).Render("t", Model()));
        Assert.EndsWith("t.sbn:2:15: methode heeft geen veld 'tittel' (wel: minuten, optioneel, titel)", error.Message);
    }

    [Fact]
    public void Every_unknown_name_of_a_render_is_reported_at_once()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "{{ methode.tittel }}\n{{ for i in 1..3 }}{{ methode.minuutjes }}{{ end }}\n{{ onbekend }}")).Render("t", Model()));
        var lines = error.Message.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("t.sbn:1:12: methode heeft geen veld 'tittel' (wel: minuten, optioneel, titel)", lines[0]);
        Assert.EndsWith("t.sbn:2:31: methode heeft geen veld 'minuutjes' (wel: minuten, optioneel, titel)", lines[1]);
        Assert.EndsWith("t.sbn:3:4: onbekende variabele 'onbekend'", lines[2]);
    }

    [Fact]
    public void Unknown_functions_are_all_found_before_rendering()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "a\nb\n{{ methode.minuten | uren }}\n{{ methode.titel | string.hoofdletters }}")).Render("t", Model()));
        var lines = error.Message.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("t.sbn:3:22: onbekende functie 'uren'", lines[0]);
        Assert.EndsWith("t.sbn:4:27: onbekende functie 'string.hoofdletters'", lines[1]);
    }

    [Fact]
    public void An_error_in_an_included_template_names_the_included_file()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "{{ include 'deel' }}"), ("deel", "\n\n{{ methode.duur }}")).Render("t", Model()));
        Assert.EndsWith("deel.sbn:3:12: methode heeft geen veld 'duur' (wel: minuten, optioneel, titel)", error.Message);
    }

    [Fact]
    public void A_syntax_error_in_an_included_template_names_the_included_file()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "{{ include 'deel' }}"), ("deel", "{{ if methode.optioneel }}\nnooit gesloten")).Render("t", Model()));
        Assert.Matches(@"deel\.sbn:\d+:\d+: fout in 'if': '\{\{ end }}' ontbreekt$", error.Message);
    }

    [Theory]
    [InlineData("{{ if methode.optioneel }}nooit gesloten", "t.sbn:1:27: fout in 'if': '{{ end }}' ontbreekt")]
    [InlineData("x\n{{ for stap methode.stappen }}{{ end }}", "t.sbn:2:4: fout in 'for': na 'for <naam>' hoort 'in' (gevonden: 'methode')")]
    [InlineData("{{ end }}", "t.sbn:1:6: fout in het sjabloon: '{{ end }}' zonder bijbehorend if, for, case of func")]
    [InlineData("{{ else }}", "t.sbn:1:4: 'else' zonder bijbehorend if (of when)")]
    [InlineData("{{ x = }}", "t.sbn:1:8: fout in de toekenning (=): hier ontbreekt een waarde (gevonden: '}}')")]
    [InlineData("{{ [1, 2 }}", "t.sbn:1:10: hier ontbreekt ']' (gevonden: '}}')")]
    [InlineData("{{ 'open }}", "t.sbn:1:11: tekst tussen ' is niet afgesloten")]
    public void Syntax_errors_are_dutch_with_file_line_and_column(string source, string expected)
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", source)).Render("t", Model()));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotMatch("[Ee]xpect|[Ff]ound|[Uu]nexpected|statement|[Ee]rror", error.Message);
    }

    [Fact]
    public void Include_reads_from_the_template_folder()
    {
        var output = Renderer(("t", "[{{ include 'deel' }}]"), ("deel", "{{ methode.minuten }}")).Render("t", Model());
        Assert.Equal("[75]", output);
    }

    [Theory]
    [InlineData("../geheim")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/deel")]
    public void Templates_cannot_read_files_outside_their_folder(string name)
    {
        File.WriteAllText(Path.Combine(_root, "geheim.sbn"), "GEHEIM");
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", $"{{{{ include '{name}' }}}}")).Render("t", Model()));
        Assert.Contains("t.sbn:1:4:", error.Message);
        Assert.Contains("geen pad", error.Message);
        Assert.DoesNotContain("GEHEIM", error.Message);
    }

    [Fact]
    public void A_users_folder_overrides_a_single_template()
    {
        var standard = Dir("standaard");
        File.WriteAllText(Path.Combine(standard, "a.sbn"), "standaard {{ include 'b' }}");
        File.WriteAllText(Path.Combine(standard, "b.sbn"), "b-standaard");
        var own = Dir("eigen");
        File.WriteAllText(Path.Combine(own, "b.sbn"), "b-eigen");

        var output = new TemplateRenderer(new TemplateSet(standard, own)).Render("a", Model());
        Assert.Equal("standaard b-eigen", output);
    }

    [Fact]
    public void A_template_is_parsed_once_per_renderer()
    {
        var renderer = Renderer(("t", "{{ include 'deel' }}"), ("deel", "een"));
        Assert.Equal("een", renderer.Render("t", Model()));
        File.WriteAllText(Path.Combine(_root, "standaard", "deel.sbn"), "twee");
        Assert.Equal("een", renderer.Render("t", Model()));
    }

    [Fact]
    public void A_link_out_of_the_users_folder_is_refused_and_not_read()
    {
        var standard = Dir("standaard");
        File.WriteAllText(Path.Combine(standard, "handout.sbn"), "standaard");
        var outside = Path.Combine(_root, "geheim.txt");
        File.WriteAllText(outside, "GEHEIM {{ x }}");
        var own = Dir("eigen");
        File.CreateSymbolicLink(Path.Combine(own, "handout.sbn"), outside);

        var error = Assert.Throws<TemplateException>(() => new TemplateRenderer(new TemplateSet(standard, own)).Render("handout", Model()));
        Assert.Contains("handout.sbn' verwijst (als koppeling) naar een bestand buiten", error.Message);
        Assert.DoesNotContain("GEHEIM", error.Message);
        Assert.DoesNotContain("geheim", error.Message);
    }

    [Fact]
    public void A_link_through_a_linked_folder_out_of_the_template_folder_is_refused()
    {
        var elsewhere = Dir("elders");
        File.WriteAllText(Path.Combine(elsewhere, "deel.sbn"), "GEHEIM");
        var standard = Dir("standaard");
        File.WriteAllText(Path.Combine(standard, "t.sbn"), "[{{ include 'deel' }}]");
        Directory.CreateSymbolicLink(Path.Combine(standard, "map"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(standard, "deel.sbn"), Path.Combine("map", "deel.sbn"));

        var error = Assert.Throws<TemplateException>(() => new TemplateRenderer(new TemplateSet(standard)).Render("t", Model()));
        Assert.Contains("t.sbn:1:5: sjabloon", error.Message);
        Assert.DoesNotContain("GEHEIM", error.Message);
    }

    [Fact]
    public void A_link_to_another_template_in_the_same_folder_is_allowed()
    {
        var standard = Dir("standaard");
        File.WriteAllText(Path.Combine(standard, "echt.sbn"), "{{ methode.minuten }}");
        File.CreateSymbolicLink(Path.Combine(standard, "t.sbn"), "echt.sbn");
        Assert.Equal("75", new TemplateRenderer(new TemplateSet(standard)).Render("t", Model()));
    }

    [Theory]
    [InlineData("{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}", "t.sbn:1:28: deze lus herhaalt meer dan 100000 keer")]
    [InlineData("{{ for i in 1..100000000000 }}x{{ end }}", "t.sbn:1:14: een reeks van meer dan 100000 getallen")]
    [InlineData("{{ while true }}{{ end }}", "t.sbn:1:4: deze lus herhaalt meer dan 100000 keer")]
    [InlineData("{{ for i in 1..50000 }}{{ 'x' | string.pad_left 100 }}{{ end }}", "het sjabloon schrijft meer dan 4.000.000 tekens")]
    [InlineData("{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}{{ for i in 1..90000 }}{{ end }}", "het sjabloon herhaalt meer dan 1.000.000 keer")]
    [InlineData("{{ 'x' | string.pad_left 100000000 }}", "een tekst van meer dan 4000000 tekens")]
    [InlineData("{{ func f; f; end; f }}", "'f' gaat meer dan 20 keer diep")]
    [InlineData("{{ include 't' }}", "gaat meer dan 20 keer diep")]
    public async Task A_runaway_template_is_stopped_with_a_dutch_error(string source, string expected)
    {
        var renderer = Renderer(("t", source));
        // A timeout only to catch a hang: the limits count steps and characters, not time.
        var error = await Task.Run(() => Assert.Throws<TemplateException>(() => renderer.Render("t", Model())))
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), error.Message);
        Assert.DoesNotMatch("[Ee]xceed|[Ll]imit|[Ee]rror", error.Message);
    }

    [Theory]
    [InlineData("{{ date.now }}", "onbekende variabele 'date'")]
    [InlineData("{{ math.random 1 10 }}", "onbekende functie 'math.random'")]
    [InlineData("{{ object.eval '1 + 1' }}", "onbekende functie 'object.eval'")]
    [InlineData("{{ environment }}", "onbekende variabele 'environment'")]
    [InlineData("{{ regex.match 'a' 'a' }}", "onbekende functie 'regex.match'")]
    public void Templates_cannot_reach_the_clock_chance_or_text_as_code(string source, string expected)
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", source)).Render("t", Model()));
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
