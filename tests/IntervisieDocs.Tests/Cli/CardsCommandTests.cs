namespace IntervisieDocs.Tests.Cli;

/// <summary><c>intervisie kaarten</c>, run in-process.</summary>
public sealed class CardsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kaarten").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Pdf(string name = "kaarten.pdf") => Path.Join(_folder, name);

    private static CliRunner.Result Run(params string[] args) => CliRunner.Run(RepoPaths.Root, args);

    [Theory]
    [InlineData("reflecting-team", "3 pagina's")] // 9 cards and 2 "vervolg" cards, 4 per sheet
    [InlineData("reflecting-team --achterkant", "6 pagina's")]
    [InlineData("reflecting-team --drukker", "11 pagina's")]
    [InlineData("reflecting-team --drukker --achterkant", "22 pagina's")]
    [InlineData("--vragen gouden-vragen", "2 pagina's")] // title card and 6 questions
    [InlineData("--vragen gouden-vragen --achterkant", "4 pagina's")]
    [InlineData("--methoden", "5 pagina's")] // 19 methods, 4 per sheet
    [InlineData("--methoden --achterkant", "10 pagina's")]
    [InlineData("--methoden --drukker --achterkant", "38 pagina's")]
    public void Writes_the_cards_as_a_pdf(string arguments, string pages)
    {
        var result = Run(["kaarten", .. arguments.Split(' '), "-o", Pdf()]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"geschreven: {Pdf()} ({pages})", result.Output);
        Assert.StartsWith("%PDF-", File.ReadAllText(Pdf()));
    }

    [Theory]
    [InlineData("reflecting-team", "afdrukken: A4 op ware grootte (100 %, 'Werkelijke grootte', niet 'Aanpassen') op karton (160–250 g/m²), enkelzijdig; daarna snijden langs de snijtekens")]
    [InlineData("reflecting-team --achterkant", "dubbelzijdig met omslaan via lange zijde")]
    [InlineData("reflecting-team --drukker --achterkant", "voor de drukker: snijformaat 105 × 148 mm (A6), 3 mm afloop")]
    public void Says_how_to_print(string arguments, string hint)
    {
        var result = Run(["kaarten", .. arguments.Split(' '), "-o", Pdf()]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(hint, result.Output);
    }

    [Fact]
    public void The_method_deck_has_a_card_per_method_with_its_steps_on_the_back()
    {
        var result = Run("kaarten", "--methoden", "--achterkant", "--markdown", "-o", Pdf());

        Assert.Equal(0, result.ExitCode);
        var markdown = File.ReadAllText(Path.ChangeExtension(Pdf(), ".md"));
        foreach (var id in Directory.GetFiles(Path.Join(RepoPaths.Root, "methods"), "*.yaml").Select(Path.GetFileNameWithoutExtension))
        {
            Assert.Contains($"<!-- methodekaart {id}, voorkant -->", markdown);
            Assert.Contains($"<!-- methodekaart {id}, achterkant -->", markdown);
        }

        Assert.Contains("1. Problemen verzamelen · **5 min**", markdown);
        Assert.DoesNotContain(IntervisieDocs.Cli.CardsCommand.StepsOnTheBack, result.Output);
    }

    [Fact]
    public void Without_backs_the_method_deck_says_where_the_steps_are()
    {
        var result = Run("kaarten", "--methoden", "-o", Pdf());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("de stappen van elke methode staan op de achterkant", result.Output);
    }

    [Theory]
    [InlineData("reflecting-team --methoden")]
    [InlineData("--methoden --vragen gouden-vragen")]
    public void The_method_deck_with_a_method_or_a_bank_is_bad_input(string arguments)
    {
        var result = Run(["kaarten", .. arguments.Split(' '), "-o", Pdf()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("niet meer dan één daarvan", result.Error);
        Assert.False(File.Exists(Pdf()));
    }

    [Fact]
    public void Markdown_of_every_card_is_written_beside_the_pdf()
    {
        var result = Run("kaarten", "reflecting-team", "--achterkant", "--markdown", "-o", Pdf());

        Assert.Equal(0, result.ExitCode);
        var markdown = File.ReadAllText(Path.ChangeExtension(Pdf(), ".md"));
        Assert.Contains("<!-- overzichtskaart, voorkant -->", markdown);
        Assert.Contains("<!-- stapkaart 5, achterkant -->", markdown);
        Assert.Contains("<!-- rolkaart Inbrenger, vervolgkaart (bovenaan) -->", markdown);
        Assert.Contains("# Stap 2 · Verkenning", markdown);
    }

    [Fact]
    public void The_same_cards_give_the_same_bytes()
    {
        Assert.Equal(0, Run("kaarten", "socratische-methode", "--drukker", "--achterkant", "-o", Pdf("a.pdf")).ExitCode);
        Assert.Equal(0, Run("kaarten", "socratische-methode", "--drukker", "--achterkant", "-o", Pdf("b.pdf")).ExitCode);

        Assert.Equal(File.ReadAllBytes(Pdf("a.pdf")), File.ReadAllBytes(Pdf("b.pdf")));
    }

    [Fact]
    public void Neither_a_method_nor_a_question_bank_is_bad_input()
    {
        var result = Run("kaarten");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fout: geef een methode, --vragen <vragenbank> of --methoden", result.Error);
    }

    [Fact]
    public void Both_a_method_and_a_question_bank_is_bad_input()
    {
        var result = Run("kaarten", "reflecting-team", "--vragen", "gouden-vragen");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("niet meer dan één daarvan", result.Error);
    }

    [Fact]
    public void An_unknown_method_suggests_near_ones()
    {
        var result = Run("kaarten", "reflectingteam", "-o", Pdf());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende methode 'reflectingteam'. Bedoelde je: reflecting-team", result.Error);
        Assert.False(File.Exists(Pdf()));
    }

    [Fact]
    public void An_unknown_question_bank_suggests_near_ones()
    {
        var result = Run("kaarten", "--vragen", "goude-vragen", "-o", Pdf());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende vragenbank 'goude-vragen'. Bedoelde je: gouden-vragen", result.Error);
    }

    [Fact]
    public void A_mistake_in_a_users_card_template_names_the_template_and_line()
    {
        var templates = Directory.CreateDirectory(Path.Join(_folder, "sjablonen")).FullName;
        File.WriteAllText(Path.Join(templates, "kaart-stap.sbn"), "# Stap\n{{ stap.titell }}\n");

        var result = Run("kaarten", "reflecting-team", "--sjablonen", templates, "-o", Pdf());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("kaart-stap.sbn:2:9: stap heeft geen veld 'titell'", result.Error);
        Assert.False(File.Exists(Pdf()));
    }

    [Fact]
    public void A_card_that_fits_on_no_card_is_reported_not_clipped()
    {
        var templates = Directory.CreateDirectory(Path.Join(_folder, "sjablonen")).FullName;
        File.WriteAllText(Path.Join(templates, "kaart-rol.sbn"), "{{ rol.naam }}\n\n[[antwoordvak 150mm]]\n");

        var result = Run("kaarten", "reflecting-team", "--sjablonen", templates, "-o", Pdf());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fout: rolkaart Inbrenger past ook in 10 pt niet op een kaart", result.Error);
        Assert.False(File.Exists(Pdf()));
    }

    [Theory]
    [InlineData("--vragen gouden-vragen --drukker --achterkant", "vraagkaarten-gouden-vragen-drukker-dubbelzijdig.pdf")]
    [InlineData("--vragen gouden-vragen --achterkant", "vraagkaarten-gouden-vragen-dubbelzijdig.pdf")]
    [InlineData("--methoden --drukker", "methodekaarten-drukker.pdf")]
    public void Without_o_the_file_goes_to_output_named_for_its_variant(string arguments, string file)
    {
        var result = Run(["kaarten", .. arguments.Split(' ')]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"geschreven: {Path.Join("output", file)}", result.Output);
        Assert.True(File.Exists(Path.Join(RepoPaths.Output, file)));
    }

    [Fact]
    public void Help_lists_the_verb_and_its_options()
    {
        var result = Run("kaarten", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--vragen", "--methoden", "--drukker", "--achterkant", "--markdown", "-o" })
        {
            Assert.Contains(option, result.Output);
        }
    }
}
