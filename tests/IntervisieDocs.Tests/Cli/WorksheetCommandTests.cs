using IntervisieDocs.Products.Worksheets;

namespace IntervisieDocs.Tests.Cli;

public sealed class WorksheetCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("werkblad").FullName;

    private string Pdf(string name = "blad.pdf") => Path.Combine(_dir, name);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(RepoPaths.Root, ["werkblad", .. args]);

    public static TheoryData<string> Kinds => [.. WorksheetKinds.All.Select(k => k.Id)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_writes_a_pdf(string kind)
    {
        var result = Run(kind, "-o", Pdf());
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("geschreven:", result.Output);
        Assert.StartsWith("%PDF-", File.ReadAllText(Pdf())[..8]);
    }

    [Fact]
    public void Names_give_one_personalised_copy_per_name_in_one_file()
    {
        var result = Run("casus", "--namen", "An, Bert ,Cees", "-o", Pdf(), "--markdown");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("(3 pagina's)", result.Output);
        var markdown = File.ReadAllText(Path.ChangeExtension(Pdf(), ".md"));
        Assert.Contains("**Naam:** An\n", markdown);
        Assert.Contains("**Naam:** Bert\n", markdown);
        Assert.Contains("**Naam:** Cees\n", markdown);
        Assert.Equal(2, markdown.Split("[[nieuwe-pagina]]").Length - 1);
    }

    [Fact]
    public void Count_gives_blank_copies()
    {
        var result = Run("reflecting-team", "--aantal", "4", "-o", Pdf());
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("(4 pagina's)", result.Output);
    }

    [Fact]
    public void Default_is_one_copy_in_the_output_folder()
    {
        var result = CliRunner.Run(RepoPaths.Root, "werkblad", "modelling");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("geschreven: output/werkblad-modelling.pdf (1 pagina)", result.Output);
        Assert.True(File.Exists(Path.Join(RepoPaths.Output, "werkblad-modelling.pdf")));
    }

    [Fact]
    public void Unknown_kind_is_bad_input_that_lists_the_kinds_and_writes_nothing()
    {
        var result = Run("casu", "-o", Pdf());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende soort werkblad 'casu'; kies uit: casus, zelftest, smart, krachtenveld, wnk, reflecting-team, luisteroefening, modelling, evaluatie", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void Unknown_method_suggests_the_nearest_and_writes_nothing()
    {
        var result = Run("evaluatie", "--methode", "vissenkm", "-o", Pdf());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende methode 'vissenkm'. Bedoelde je: vissenkom", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void Method_of_the_session_gives_its_evaluation_step()
    {
        var result = Run("evaluatie", "--methode", "tienstappenmethode", "-o", Pdf(), "--markdown");
        Assert.True(result.ExitCode == 0, result.All);
        var markdown = File.ReadAllText(Path.ChangeExtension(Pdf(), ".md"));
        Assert.Contains("# Evaluatie: Tienstappenmethode", markdown);
        Assert.Contains("Hoe zijn de groepsleden met hun rol omgegaan?", markdown);
    }

    [Theory]
    [InlineData("casus", "--methode", "vissenkom", "--methode hoort niet bij het werkblad casus; wel bij: wnk, evaluatie")]
    [InlineData("wnk", "--methode", "vissenkom", "de methode vissenkom waardeert niet met warm, neutraal, koud; dat doen: socratische-methode, tienstappenmethode")]
    [InlineData("casus", "--voorbeeld", null, "--voorbeeld hoort niet bij het werkblad casus; wel bij: smart")]
    [InlineData("casus", "--aantal", "0", "het aantal exemplaren moet tussen 1 en 100 liggen")]
    [InlineData("casus", "--aantal", "101", "het aantal exemplaren moet tussen 1 en 100 liggen")]
    [InlineData("casus", "--namen", " , ", "--namen: geef minstens één naam")]
    [InlineData("casus", "--namen", "An,Maria Magdalena Johanna Wilhelmina van Oranje-Nassau tot Zevenbergen en Oud-Beijerland", "de naam 'Maria Magdalena Joha…' is langer dan 60 tekens")]
    public void Options_that_do_not_fit_are_bad_input_and_write_nothing(string kind, string option, string? value, string message)
    {
        string[] args = value is null ? [kind, option, "-o", Pdf()] : [kind, option, value, "-o", Pdf()];
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void Names_and_count_together_are_bad_input()
    {
        var result = Run("casus", "--namen", "An", "--aantal", "2", "-o", Pdf());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gebruik --namen of --aantal, niet allebei", result.Error);
        Assert.False(File.Exists(Pdf()));
    }

    [Fact]
    public void Smart_with_example_adds_the_worked_example_page()
    {
        var plain = Run("smart", "-o", Pdf("zonder.pdf"));
        var example = Run("smart", "--voorbeeld", "-o", Pdf("met.pdf"), "--markdown");
        Assert.True(example.ExitCode == 0, example.All);
        Assert.Contains("(2 pagina's)", plain.Output);
        Assert.Contains("(3 pagina's)", example.Output);
        Assert.Contains("Met Jorien uit de intervisiegroep", File.ReadAllText(Path.Combine(_dir, "met.md")));
    }

    [Fact]
    public void Help_lists_the_kinds()
    {
        var result = Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("casus, zelftest, smart, krachtenveld, wnk, reflecting-team, luisteroefening, modelling, evaluatie", result.Output.Replace("\n", " ", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
