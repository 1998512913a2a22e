namespace IntervisieDocs.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly Sandbox _sandbox = new();

    [Fact]
    public void Real_data_passes_with_the_three_known_disagreements_reported()
    {
        var result = CliRunner.Run(_sandbox.Root, "controleer");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("balint-methode.yaml:67:5: waarschuwing: stap 4 ('Gesprekleider') heeft geen tijd", result.Output);
        Assert.Contains("snelle-adviesrondes.yaml:21:22: waarschuwing: stappen tellen op tot 20 min, de bron noemt 15 min (stap 2–6 herhalen per onderwerp", result.Output);
        Assert.Contains("socratische-methode.yaml:45:22: waarschuwing: stappen tellen op tot 100 min, de bron noemt 75 min (stap 6 en 13 zijn optioneel", result.Output);
        Assert.Contains("0 fouten, 3 waarschuwingen.", result.Output);
    }

    [Fact]
    public void Lists_every_place_that_is_not_simply_the_sources_words()
    {
        var result = CliRunner.Run(_sandbox.Root, "controleer");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Plaatsen die niet letterlijk uit de bron komen of waar de bron onvolledig is (", result.Output);
        Assert.Contains("tienstappenmethode.yaml:68:21: onvolledig: stap 8, beschrijving — de bron is hier onvolledig", result.Output);
        Assert.Contains("vissenkom.yaml:98:10: gereconstrueerd: titel — titel toegevoegd; de bron noemt geen titel", result.Output);
        Assert.Contains("balint-methode.yaml:111:21: verbeterd: stap 10, beschrijving — verbeterd; de bron schrijft 'War men'", result.Output);
        Assert.Contains("collegiale-consultatie.yaml:78:14: zo-in-de-bron: stap 7, titel — zo in de bron: ook stap 5 heet Feedback I", result.Output);
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
