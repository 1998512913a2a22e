using System.Text;
using IntervisieDocs.Layout;
using IntervisieDocs.Loading;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products.Design;

namespace IntervisieDocs.Tests.Cli;

public sealed class HandoutCommandTests : IDisposable
{
    private readonly Sandbox _sandbox = new();

    [Fact]
    public void Writes_the_pdf_to_output_by_default()
    {
        var result = CliRunner.Run(_sandbox.Root, "handout", "vissenkom");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("geschreven: output/handout-vissenkom.pdf", result.Output);
        var bytes = File.ReadAllBytes(_sandbox.PathOf("output", "handout-vissenkom.pdf"));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Empty(Directory.GetFiles(_sandbox.Output, "*.tmp"));
    }

    [Fact]
    public void Writes_to_the_given_path_and_the_markdown_beside_it()
    {
        var result = CliRunner.Run(_sandbox.Root, "handout", "reflecting-team", "-o", "map/rt.pdf", "--markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_sandbox.PathOf("map", "rt.pdf")));
        Assert.StartsWith("[[kopband reflecting-team]]", File.ReadAllText(_sandbox.PathOf("map", "rt.md")));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        CliRunner.Run(_sandbox.Root, "handout", "clinic", "-o", "a.pdf");
        CliRunner.Run(_sandbox.Root, "handout", "clinic", "-o", "b.pdf");
        Assert.Equal(File.ReadAllBytes(_sandbox.PathOf("a.pdf")), File.ReadAllBytes(_sandbox.PathOf("b.pdf")));
    }

    [Fact]
    public void An_unknown_method_suggests_the_closest_ids_and_writes_nothing()
    {
        var result = CliRunner.Run(_sandbox.Root, "handout", "visenkom");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende methode 'visenkom'. Bedoelde je: vissenkom", result.Error);
        Assert.False(Directory.Exists(_sandbox.Output));
    }

    [Fact]
    public void Bad_data_is_exit_code_2_with_file_and_line_and_the_previous_pdf_stays()
    {
        Assert.Equal(0, CliRunner.Run(_sandbox.Root, "handout", "vissenkom").ExitCode);
        var path = _sandbox.PathOf("output", "handout-vissenkom.pdf");
        var before = File.ReadAllBytes(path);

        var yaml = File.ReadAllText(_sandbox.PathOf("methods", "vissenkom.yaml")).Replace("minuten: 10", "minuten: tien", StringComparison.Ordinal);
        _sandbox.Write("methods/vissenkom.yaml", yaml);
        var result = CliRunner.Run(_sandbox.Root, "handout", "vissenkom");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"vissenkom\.yaml:\d+:\d+: fout: 'minuten' moet een geheel getal zijn, niet 'tien'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_users_template_overrides_the_handout_and_its_mistakes_name_file_and_line()
    {
        _sandbox.Write("eigen/handout.sbn", "# {{ methode.titel | md }}\n\nEigen sjabloon: {{ methode.minuten | minuten }}\n");
        var ok = CliRunner.Run(_sandbox.Root, "handout", "clinic", "--sjablonen", "eigen", "--markdown");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("Eigen sjabloon: 1 uur", File.ReadAllText(_sandbox.PathOf("output", "handout-clinic.md")));

        var before = File.ReadAllBytes(_sandbox.PathOf("output", "handout-clinic.pdf"));
        _sandbox.Write("eigen/handout.sbn", "# Titel\n\n{{ methode.tittel }}\n");
        var bad = CliRunner.Run(_sandbox.Root, "handout", "clinic", "--sjablonen", "eigen");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("handout.sbn:3:12: methode heeft geen veld 'tittel'", bad.Error);
        Assert.Equal(before, File.ReadAllBytes(_sandbox.PathOf("output", "handout-clinic.pdf")));
    }

    [Fact]
    public void A_runaway_override_template_stops_with_exit_2_and_a_dutch_error()
    {
        // 10^10 iterations if nothing stopped it.
        _sandbox.Write("eigen/handout.sbn", "# Titel\n\n{{ for i in 1..100000 }}{{ for j in 1..100000 }}x{{ end }}{{ end }}\n");
        var result = CliRunner.Run(_sandbox.Root, "handout", "clinic", "--sjablonen", "eigen");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("handout.sbn:3:28: deze lus herhaalt meer dan 100000 keer; houdt hij ooit op?", result.Error);
        Assert.False(File.Exists(_sandbox.PathOf("output", "handout-clinic.pdf")));
    }

    [Fact]
    public void A_link_out_of_the_users_folder_is_refused_and_its_content_never_printed()
    {
        _sandbox.Write("geheim.txt", "GEHEIME INHOUD {{ x }}");
        Directory.CreateDirectory(_sandbox.PathOf("eigen"));
        File.CreateSymbolicLink(_sandbox.PathOf("eigen", "handout.sbn"), _sandbox.PathOf("geheim.txt"));
        var result = CliRunner.Run(_sandbox.Root, "handout", "clinic", "--sjablonen", "eigen", "--markdown");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("handout.sbn' verwijst (als koppeling) naar een bestand buiten", result.Error);
        Assert.DoesNotContain("GEHEIME", result.Error + result.Output);
        Assert.False(File.Exists(_sandbox.PathOf("output", "handout-clinic.md")));
    }

    [Fact]
    public void Markup_characters_in_data_are_printed_literally()
    {
        var yaml = File.ReadAllText(_sandbox.PathOf("methods", "clinic.yaml"));
        yaml = yaml.Replace("titel: Clinic (stoelenmethode)", "titel: \"Clinic | *stoel* # {{ x }}\"", StringComparison.Ordinal);
        _sandbox.Write("methods/clinic.yaml", yaml);

        var result = CliRunner.Run(_sandbox.Root, "handout", "clinic", "--markdown");
        Assert.Equal(0, result.ExitCode);
        var markdown = File.ReadAllText(_sandbox.PathOf("output", "handout-clinic.md"));
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(new DocumentModel("t", [new Section(PageSetup.WithMarginsMm(PageSetup.A4, 15), MarkdownLayout.Render(markdown, PrintTheme.Default(), new MethodFigureLookup(DataLoader.Load(_sandbox.PathOf("methods")).Data!)))]), canvas, new TextMeasurer());
        Assert.Equal("Clinic | *stoel* # {{ x }}", canvas.Pages[0].Texts[0].Text);
    }

    [Fact]
    public void Output_path_must_be_a_pdf()
    {
        var result = CliRunner.Run(_sandbox.Root, "handout", "clinic", "-o", "handout.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("moet op .pdf eindigen", result.Error);
    }

    [Fact]
    public void Missing_method_argument_is_a_dutch_usage_error()
    {
        var result = CliRunner.Run(_sandbox.Root, "handout");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("argument ontbreekt", result.Error);
    }

    public void Dispose() => _sandbox.Dispose();
}
