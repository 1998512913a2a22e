using IntervisieDocs.Tests.Cli;

namespace IntervisieDocs.Tests.EndToEnd;

/// <summary>The session pack of the example session, written by the command line and checked with the Debian tools.</summary>
[Trait("Category", "E2E")]
public sealed class PakketPdfTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pakket-pdf").FullName;

    private static readonly string[] Names = ["Marieke de Vries", "Sanne Bakker", "Ahmed El Amrani", "Joost Verhoeven", "Fatima Yilmaz", "Pieter Jansen"];

    private string Write()
    {
        var path = Path.Combine(_dir, "pakket.pdf");
        var result = CliRunner.Run(RepoPaths.Root, "pakket", Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml"), "-o", path);
        Assert.True(result.ExitCode == 0, result.Output);
        return path;
    }

    [Fact]
    public void Pack_is_a_sound_pdf_with_embedded_fonts()
    {
        var pdf = Write();
        PdfTools.CheckStructure(pdf);
        Assert.NotEmpty(PdfTools.CheckFontsEmbedded(pdf));
    }

    [Fact]
    public void Pack_has_every_part_in_order_and_every_name()
    {
        var text = PdfTools.Text(Write());
        PdfTools.AssertInOrder(text,
        [
            "Sessiepakket: Intervisiegroep wijkteams Noord", "donderdag 3 december 2026", "13:30–15:00", "Buurtcentrum De Linde",
            "Draaiboek", "13:30–13:35", "13:35–13:45", "13:45–13:55", "13:55–14:05", "14:05–14:10", "klaar om 14:10",
            "Spelregels", "Basisregels intervisie",
            "Oplossingsgericht reflecting team", "Stappen",
            "Stap- en rolkaarten", "Stap 1",
            "Een casus formuleren", "SMART-actieplan", "Alle kwaliteiten van de inbrenger", "Evaluatie",
        ]);
        foreach (var name in Names)
        {
            Assert.Contains($"Naam: {name}", text);
        }
    }

    [Fact]
    public void Pack_has_a_bookmark_per_part()
    {
        var outline = PdfTools.Run("qpdf", "--json", "--json-key=outlines", Write()).Output;
        string[] titles = ["Sessiepakket: Intervisiegroep wijkteams Noord", "Draaiboek", "Spelregels", "Oplossingsgericht reflecting team", "Stap- en rolkaarten", "Een casus formuleren", "SMART-actieplan", "Evaluatie: Oplossingsgericht reflecting team"];
        var positions = titles.Select(t => outline.IndexOf($"\"title\": \"{t}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, outline[..Math.Min(outline.Length, 3000)]));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Pack_is_a4()
    {
        var info = PdfTools.Run("pdfinfo", Write()).Output;
        Assert.Contains("(A4)", info);
    }

    [Fact]
    public void Splits_give_each_subgroup_its_cards_and_the_cover_the_groups()
    {
        var example = File.ReadAllText(Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml"));
        var names = string.Concat(Enumerable.Range(1, 12).Select(i => $"  - Deelnemer {i}\n"));
        var session = Path.Combine(_dir, "groot.yaml");
        File.WriteAllText(session, example[..example.IndexOf("deelnemers:", StringComparison.Ordinal)] + "deelnemers:\n" + names);
        var pdf = Path.Combine(_dir, "groot.pdf");
        var result = CliRunner.Run(RepoPaths.Root, "pakket", session, "-o", pdf, "--splits");
        Assert.True(result.ExitCode == 0, result.Output);
        PdfTools.CheckStructure(pdf);
        var text = PdfTools.Text(pdf);
        PdfTools.AssertInOrder(text, ["Subgroep 1", "Subgroep 2", "toegepast: 2 parallelle subgroepen van 6 en 6", "Draaiboek", "Stap- en rolkaarten, subgroep 1", "Stap- en rolkaarten, subgroep 2", "Een casus formuleren"]);
        var outline = PdfTools.Run("qpdf", "--json", "--json-key=outlines", pdf).Output;
        Assert.Contains("\"title\": \"Stap- en rolkaarten, subgroep 2\"", outline);
        Assert.All(Enumerable.Range(1, 12), i => Assert.Contains($"Naam: Deelnemer {i}", text));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
