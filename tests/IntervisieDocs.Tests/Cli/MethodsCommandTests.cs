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
            Assert.Contains("kapot.yaml:", result.Output);
            Assert.DoesNotContain("   at ", result.Output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
