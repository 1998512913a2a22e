using System.Text.Json;

namespace IntervisieDocs.Tests.Cli;

public sealed class MethodsCommandTests
{
    [Fact]
    public void Json_lists_every_method_with_computed_minutes_and_step_counts()
    {
        var result = CliRunner.Run(RepoPaths.Root, "methoden", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var methods = json.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);

        Assert.Equal(19, methods.Count);
        var reflecting = methods["reflecting-team"];
        Assert.Equal(40, reflecting.GetProperty("minuten").GetInt32());
        Assert.Equal(5, reflecting.GetProperty("stappen").GetInt32());
        Assert.Equal(4, reflecting.GetProperty("groepsgrootte").GetProperty("min").GetInt32());
        Assert.Equal(7, reflecting.GetProperty("groepsgrootte").GetProperty("max").GetInt32());
        Assert.False(string.IsNullOrEmpty(reflecting.GetProperty("bron").GetString()));

        Assert.Equal(JsonValueKind.Null, methods["stappenplan"].GetProperty("minuten").ValueKind);
        Assert.Equal(7, methods["stappenplan"].GetProperty("stappen").GetInt32());
        Assert.Equal(20, methods["snelle-adviesrondes"].GetProperty("minuten").GetInt32());
        Assert.Equal(15, methods["snelle-adviesrondes"].GetProperty("minuten_volgens_bron").GetInt32());
        Assert.Equal(100, methods["socratische-methode"].GetProperty("minuten").GetInt32());
    }

    [Fact]
    public void Table_shows_titles_and_times()
    {
        var result = CliRunner.Run(RepoPaths.Root, "methoden");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Vissenkom (fishbowl)", result.Output);
        Assert.Contains("65 min", result.Output);
        Assert.Contains("19 methoden.", result.Output);
    }

    [Fact]
    public void Data_with_errors_gives_exit_code_2_and_every_error()
    {
        var dir = Directory.CreateTempSubdirectory("methoden").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "methods"));
            Directory.CreateDirectory(Path.Combine(dir, "templates"));
            File.WriteAllText(Path.Combine(dir, "methods", "kapot.yaml"), "id: kapot\ntitel: [niet afgesloten\n");
            var result = CliRunner.Run(dir, "methoden");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("kapot.yaml:", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Json_with_bad_data_leaves_stdout_empty_and_reports_on_stderr()
    {
        var dir = Directory.CreateTempSubdirectory("methoden").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "methods"));
            Directory.CreateDirectory(Path.Combine(dir, "templates"));
            File.WriteAllText(Path.Combine(dir, "methods", "kapot.yaml"), "id: kapot\ntitel: [niet afgesloten\n");
            var result = CliRunner.Run(dir, "methoden", "--json");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Output);
            Assert.StartsWith("fout: de gegevens bevatten fouten:", result.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Piped_list_has_whole_titles_one_method_a_line()
    {
        var result = CliRunner.Run(RepoPaths.Root, "methoden");
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal(1 + 19 + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("luisteroefening ", StringComparison.Ordinal) && l.Contains("Luisteroefening - Intervisie (variatie incidentenmethode)", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b", result.Output);
        Assert.DoesNotContain("…", result.Output);
    }

    [Fact]
    public void Question_banks_are_listed_for_kaarten_vragen()
    {
        var result = CliRunner.Run(RepoPaths.Root, "vragenbanken");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\ngouden-vragen +Gouden intervisievragen +6\n", result.Output);
        Assert.Contains("11 vragenbanken.", result.Output);

        using var json = JsonDocument.Parse(CliRunner.Run(RepoPaths.Root, "vragenbanken", "--json").Output);
        Assert.Equal(11, json.RootElement.GetArrayLength());
        Assert.Equal("gouden-vragen", json.RootElement[2].GetProperty("id").GetString());
    }
}
