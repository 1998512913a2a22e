namespace IntervisieDocs.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly Sandbox _sandbox = new();

    [Fact]
    public void Real_data_passes_with_the_three_known_disagreements_reported()
    {
        var result = CliRunner.Run(_sandbox.Root, "controleer");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("balint-methode.yaml:66:5: waarschuwing: stap 4 ('Gesprekleider') heeft geen tijd", result.Output);
        Assert.Contains("snelle-adviesrondes.yaml:21:22: waarschuwing: stappen tellen op tot 20 min, de bron noemt 15 min (stap 2–6 herhalen per onderwerp", result.Output);
        Assert.Contains("socratische-methode.yaml:45:22: waarschuwing: stappen tellen op tot 100 min, de bron noemt 75 min (stap 6 en 13 zijn optioneel", result.Output);
        Assert.Contains("0 fouten, 3 waarschuwingen.", result.Output);
    }

    [Fact]
    public void A_template_error_is_found_by_rendering_every_product()
    {
        var template = File.ReadAllText(_sandbox.PathOf("templates", "handout.sbn")) + "\n{{ methode.onbekend }}\n";
        _sandbox.Write("templates/handout.sbn", template);
        var result = CliRunner.Run(_sandbox.Root, "controleer");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("handout vissenkom:", result.Output);
        Assert.Contains("methode heeft geen veld 'onbekend'", result.Output);
    }

    [Fact]
    public void Data_errors_are_listed_with_their_place()
    {
        _sandbox.Write("methods/vissenkom.yaml", File.ReadAllText(_sandbox.PathOf("methods", "vissenkom.yaml")).Replace("titel:", "tittel:", StringComparison.Ordinal));
        var result = CliRunner.Run(_sandbox.Root, "controleer");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"vissenkom\.yaml:\d+:\d+: fout: onbekend veld 'tittel' — bedoelde je 'titel'\?", result.Output);
    }

    public void Dispose() => _sandbox.Dispose();
}
