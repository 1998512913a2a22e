using DotLiquid;
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
            File.WriteAllText(Path.Combine(dir, name + ".liquid"), source);
        }

        return new TemplateRenderer(new TemplateSet(dir));
    }

    private static Hash Model() => Hash.FromDictionary(new Dictionary<string, object>
    {
        ["methode"] = new TemplateObject("methode",
        [
            new("titel", "Vissenkom | *fishbowl* # {{ x }}"),
            new("minuten", 75),
            new("optioneel", false),
        ]),
    });

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

    [Fact]
    public void Unknown_variable_names_template_and_line()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("handout", "regel 1\n{{ metode.titel }}\n")).Render("handout", Model()));
        Assert.Matches(@"handout\.liquid:2: onbekende variabele of onbekend veld 'metode\.titel'", error.Message);
    }

    [Fact]
    public void Unknown_field_of_a_known_object_is_an_error()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "a\n{% if methode.tittel %}x{% endif %}")).Render("t", Model()));
        Assert.Contains("t.liquid:2: methode heeft geen veld 'tittel' (wel: minuten, optioneel, titel)", error.Message);
    }

    [Fact]
    public void Unknown_filter_names_template_and_line()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "a\nb\n{{ methode.minuten | uren }}")).Render("t", Model()));
        Assert.True(error.Message.Contains("t.liquid:3: onbekend filter 'uren'"), error.Message);
    }

    [Fact]
    public void Syntax_error_is_reported_with_the_file()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", "{% if methode.optioneel %}nooit gesloten")).Render("t", Model()));
        Assert.Contains("t.liquid", error.Message);
    }

    [Fact]
    public void Include_reads_from_the_template_folder()
    {
        var output = Renderer(("t", "[{% include 'deel' %}]"), ("deel", "{{ methode.minuten }}")).Render("t", Model());
        Assert.Equal("[75]", output);
    }

    [Theory]
    [InlineData("../geheim")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/deel")]
    public void Templates_cannot_read_files_outside_their_folder(string name)
    {
        File.WriteAllText(Path.Combine(_root, "geheim.liquid"), "GEHEIM");
        var error = Assert.Throws<TemplateException>(() => Renderer(("t", $"{{% include '{name}' %}}")).Render("t", Model()));
        Assert.Contains("geen pad", error.Message);
    }

    [Fact]
    public void A_users_folder_overrides_a_single_template()
    {
        var standard = Dir("standaard");
        File.WriteAllText(Path.Combine(standard, "a.liquid"), "standaard {% include 'b' %}");
        File.WriteAllText(Path.Combine(standard, "b.liquid"), "b-standaard");
        var own = Dir("eigen");
        File.WriteAllText(Path.Combine(own, "b.liquid"), "b-eigen");

        var output = new TemplateRenderer(new TemplateSet(standard, own)).Render("a", Model());
        Assert.Equal("standaard b-eigen", output);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
