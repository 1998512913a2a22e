namespace IntervisieDocs.Tests.Cli;

public sealed class PakketCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pakket").FullName;

    private static string Example => File.ReadAllText(Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml"));

    private string Pdf => Path.Combine(_dir, "pakket.pdf");

    private string SessionFile(string text)
    {
        var path = Path.Combine(_dir, "sessie.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static CliRunner.Result Run(params string[] args) => CliRunner.Run(RepoPaths.Root, ["pakket", .. args]);

    [Fact]
    public void Example_session_writes_a_pdf_and_markdown()
    {
        var result = Run(SessionFile(Example), "-o", Pdf, "--markdown");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("geschreven:", result.Output);
        Assert.DoesNotContain("waarschuwing", result.All);
        Assert.StartsWith("%PDF-", File.ReadAllText(Pdf)[..8]);
        var markdown = File.ReadAllText(Path.ChangeExtension(Pdf, ".md"));
        Assert.Contains("13:30–13:35", markdown);
        Assert.Contains("**Totaal:** 40 min, klaar om 14:10 (eindtijd 15:00).", markdown);
    }

    [Fact]
    public void Unknown_method_is_bad_input_with_file_and_line_and_writes_nothing()
    {
        var result = Run(SessionFile(Example.Replace("methode: reflecting-team", "methode: vissenbak")), "-o", Pdf);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sessie.yaml:9:10: fout: onbekende methode 'vissenbak' — bedoelde je: vissenkom", result.Error);
        // One label a line: the line that names its place says "fout:" once, after the place.
        var line = result.Error.Split('\n').Single(l => l.Contains("sessie.yaml:9:10:", StringComparison.Ordinal));
        Assert.DoesNotContain("fout: /", line);
        Assert.Equal(1, line.Split("fout:").Length - 1);
        Assert.False(File.Exists(Pdf));
    }

    [Fact]
    public void Bad_time_is_bad_input_and_writes_nothing()
    {
        var result = Run(SessionFile(Example.Replace("begintijd: 13:30", "begintijd: half twee")), "-o", Pdf);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sessie.yaml:6:12: fout: 'begintijd' moet een tijd zijn als uu:mm", result.Error);
        Assert.False(File.Exists(Pdf));
    }

    [Fact]
    public void Missing_session_file_is_bad_input()
    {
        var result = Run(Path.Combine(_dir, "bestaat-niet.yaml"), "-o", Pdf);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sessiebestand niet gevonden", result.Error);
        Assert.False(File.Exists(Pdf));
    }

    [Fact]
    public void Too_many_participants_warn_with_a_proposal_and_splits_apply_it()
    {
        var names = string.Concat(Enumerable.Range(1, 12).Select(i => $"  - Deelnemer {i}\n"));
        var text = Example[..Example.IndexOf("deelnemers:", StringComparison.Ordinal)] + "deelnemers:\n" + names;
        var session = SessionFile(text.Replace("gespreksleider: Marieke de Vries", "gespreksleider: Deelnemer 1").Replace("inbrenger: Sanne Bakker", "inbrenger: Deelnemer 2"));

        var proposal = Run(session, "-o", Pdf);
        Assert.True(proposal.ExitCode == 0, proposal.All);
        Assert.Contains("waarschuwing: 12 deelnemers is meer dan de 7", proposal.Error);
        Assert.Contains("voorstel: 2 parallelle subgroepen van 6 en 6", proposal.Error);

        var split = Run(session, "-o", Pdf, "--splits", "--markdown");
        Assert.True(split.ExitCode == 0, split.All);
        var markdown = File.ReadAllText(Path.ChangeExtension(Pdf, ".md"));
        Assert.Contains("**Subgroep 1** (6 deelnemers): Deelnemer 1, Deelnemer 3, Deelnemer 5, Deelnemer 7, Deelnemer 9, Deelnemer 11; gespreksleider Deelnemer 1, inbrenger Deelnemer 3", markdown);
        Assert.Contains("**Subgroep 2** (6 deelnemers): Deelnemer 2, Deelnemer 4", markdown);
        Assert.Contains("- Stap\\- en rolkaarten, subgroep 1 \\(pagina", markdown);
        Assert.Contains("- Stap\\- en rolkaarten, subgroep 2 \\(pagina", markdown);
    }

    [Fact]
    public void Example_flag_writes_the_example_in_the_working_folder()
    {
        var result = CliRunner.Run(_dir, "pakket", "--voorbeeld");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("geschreven: sessie.yaml", result.Output);
        Assert.Equal(Example, File.ReadAllText(Path.Combine(_dir, "sessie.yaml")));
    }

    [Fact]
    public void Example_flag_refuses_to_overwrite()
    {
        var path = SessionFile("mijn eigen sessie\n");
        var result = CliRunner.Run(_dir, "pakket", "--voorbeeld", "-o", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bestaat al", result.Error);
        Assert.Equal("mijn eigen sessie\n", File.ReadAllText(path));
    }

    [Fact]
    public void No_session_file_is_bad_input()
    {
        var result = Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("geef een sessiebestand", result.Error);
    }

    [Fact]
    public void Controleer_renders_the_pack_template_of_every_method()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_dir, "sjablonen")).FullName;
        File.WriteAllText(Path.Combine(templates, "pakket.sbn"), "# X {{ sessie.onbekend }}\n");
        var result = CliRunner.Run(RepoPaths.Root, "controleer", "--sjablonen", templates);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pakket (voorblad, draaiboek, spelregels) reflecting-team:", result.Output);
        Assert.Contains("sessie heeft geen veld 'onbekend'", result.Output);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
