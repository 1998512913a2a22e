using System.Text.Json;

namespace IntervisieDocs.Tests.Cli;

/// <summary>
/// Where the data comes from (options → a workspace found upwards → built in), where output goes
/// (where the user is), and <c>intervisie init</c>.
/// </summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("werkmap").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void In_an_empty_folder_the_built_in_data_is_used_and_the_pdf_lands_there()
    {
        var result = CliRunner.Run(_dir, "handout", "vissenkom");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("geschreven: handout-vissenkom.pdf (", result.Output);
        Assert.True(File.Exists(Path.Join(_dir, "handout-vissenkom.pdf")));
        Assert.Equal(["handout-vissenkom.pdf"], Directory.EnumerateFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void The_built_in_data_is_the_repository_data()
    {
        using var there = JsonDocument.Parse(CliRunner.Run(_dir, "methoden", "--json").Output);
        using var here = JsonDocument.Parse(CliRunner.Run(RepoPaths.Root, "methoden", "--json").Output);
        Assert.Equal(here.RootElement.GetRawText(), there.RootElement.GetRawText());
    }

    [Fact]
    public void Init_writes_a_workspace_whose_edited_method_changes_the_handout()
    {
        var init = CliRunner.Run(_dir, "init", "w");
        Assert.True(init.ExitCode == 0, init.All);
        Assert.Contains("werkmap gemaakt: w", init.Output);
        foreach (var entry in new[] { "methods/vissenkom.yaml", "methods/vragen/gouden-vragen.yaml", "methods/teksten", "methods/README.md", "templates/handout.sbn", "sessie.yaml", "LEESMIJ.md" })
        {
            Assert.True(Path.Exists(Path.Join(_dir, "w", entry)), entry);
        }

        Assert.Empty(Directory.EnumerateDirectories(Path.Join(_dir, "w"), ".*"));

        var method = Path.Join(_dir, "w", "methods", "vissenkom.yaml");
        File.WriteAllText(method, File.ReadAllText(method).Replace("bron: \"OCTRA & Partners bv\"", "bron: \"Vissenkom van ons team\"", StringComparison.Ordinal));
        var inside = Path.Join(_dir, "w", "methods", "vragen");
        var handout = CliRunner.Run(inside, "handout", "vissenkom", "--markdown");
        Assert.True(handout.ExitCode == 0, handout.All);
        Assert.Contains("Vissenkom van ons team", File.ReadAllText(Path.Join(_dir, "w", "output", "handout-vissenkom.md")));
        Assert.True(File.Exists(Path.Join(_dir, "w", "output", "handout-vissenkom.pdf")));
    }

    [Fact]
    public void Init_never_overwrites_and_then_writes_nothing()
    {
        Directory.CreateDirectory(Path.Join(_dir, "w"));
        File.WriteAllText(Path.Join(_dir, "w", "LEESMIJ.md"), "van mij");
        var result = CliRunner.Run(_dir, "init", "w");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"fout: {Path.Join("w", "LEESMIJ.md")} bestaat al; init overschrijft niets", result.Error);
        Assert.Equal("van mij", File.ReadAllText(Path.Join(_dir, "w", "LEESMIJ.md")));
        Assert.Equal(["LEESMIJ.md"], Directory.EnumerateFileSystemEntries(Path.Join(_dir, "w")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_coordinators_own_method_needs_no_seed()
    {
        Assert.Equal(0, CliRunner.Run(_dir, "init").ExitCode);
        var own = File.ReadAllText(Path.Join(_dir, "methods", "vissenkom.yaml"))
            .Replace("id: vissenkom", "id: onze-methode", StringComparison.Ordinal);
        own = string.Join('\n', own.Split('\n').Where(l => !l.StartsWith("seed:", StringComparison.Ordinal)));
        File.WriteAllText(Path.Join(_dir, "methods", "onze-methode.yaml"), own);

        var result = CliRunner.Run(_dir, "handout", "onze-methode");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.True(File.Exists(Path.Join(_dir, "output", "handout-onze-methode.pdf")));
    }

    [Fact]
    public void Options_come_before_the_workspace_and_the_built_in_templates_fill_in()
    {
        var data = Path.Join(_dir, "eigen");
        Directory.CreateDirectory(data);
        File.Copy(Path.Join(RepoPaths.Methods, "clinic.yaml"), Path.Join(data, "clinic.yaml"));
        Directory.CreateDirectory(Path.Join(data, "teksten"));
        foreach (var text in Directory.EnumerateFiles(Path.Join(RepoPaths.Methods, "teksten")))
        {
            File.Copy(text, Path.Join(data, "teksten", Path.GetFileName(text)));
        }

        Directory.CreateDirectory(Path.Join(data, "vragen"));
        var result = CliRunner.Run(_dir, "methoden", "--gegevens", "eigen");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("1 methoden.", result.Output);

        var missing = CliRunner.Run(_dir, "methoden", "--gegevens", "bestaat-niet");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("fout: --gegevens: map met methoden niet gevonden: bestaat-niet", missing.Error);
    }
}
