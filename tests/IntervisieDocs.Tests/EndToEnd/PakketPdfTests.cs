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
            "SESSIEPAKKET", "Intervisiegroep wijkteams Noord", "donderdag 3 december 2026", "13:30–15:00", "Buurtcentrum De Linde",
            "Oplossingsgericht reflecting team", "Marieke de Vries", "Sanne Bakker", "Pieter Jansen",
            "Afdrukwijzer", "dubbelzijdig", "Stap- en rolkaarten",
            "Draaiboek", "13:30–13:35", "13:35–13:45", "13:45–13:55", "13:55–14:05", "14:05–14:10", "klaar om 14:10",
            "Spelregels", "Basisregels intervisie",
            "Oplossingsgericht reflecting team", "Stappen",
            "Stap 1",
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
        var titles = Outline(Write()).Select(o => o.Title).ToList();
        string[] expected = ["Sessiepakket: Intervisiegroep wijkteams Noord", "Afdrukwijzer", "Draaiboek", "Spelregels", "Oplossingsgericht reflecting team", "Stap- en rolkaarten", "Marieke de Vries", "Een casus formuleren", "SMART-actieplan", "Evaluatie: Oplossingsgericht reflecting team"];
        var positions = expected.Select(t => titles.IndexOf(t)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, string.Join(" | ", titles)));
        Assert.Equal(positions.Order(), positions);
    }

    /// <summary>The PDF's bookmarks in reading order: title, depth (0 = top) and the page (1-based) each points to.</summary>
    private static List<(string Title, int Depth, int Page)> Outline(string pdf)
    {
        var json = System.Text.Json.JsonDocument.Parse(PdfTools.Run("qpdf", "--json", "--json-key=outlines", "--json-key=pages", pdf).Output).RootElement;
        var pages = json.GetProperty("pages").EnumerateArray().Select((p, i) => (Key: p.GetProperty("object").GetString()!, Page: i + 1)).ToDictionary(p => p.Key, p => p.Page);
        var result = new List<(string, int, int)>();
        void Walk(System.Text.Json.JsonElement items, int depth)
        {
            foreach (var o in items.EnumerateArray())
            {
                result.Add((o.GetProperty("title").GetString()!, depth, pages[o.GetProperty("dest")[0].GetString()!]));
                Walk(o.GetProperty("kids"), depth + 1);
            }
        }

        Walk(json.GetProperty("outlines"), 0);
        return result;
    }

    [Fact]
    public void The_cover_is_a_checklist_with_ink_and_colour_and_no_page_number_and_the_print_guide_follows()
    {
        var pdf = Write();
        var (ink, colour) = PdfTools.Coverage(pdf, 1);
        Assert.True(ink >= 0.12, $"voorblad: {ink:P1} van de pagina draagt inkt");
        Assert.True(colour >= 0.12, $"voorblad: {colour:P1} van de pagina is in kleur");
        var cover = PdfTools.PageText(pdf, 1);
        PdfTools.AssertInOrder(cover, ["Datum", "donderdag 3 december 2026", "Tijd", "13:30–15:00", "Plaats", "Buurtcentrum De Linde",
            "Methode", "Oplossingsgericht reflecting team", "Gespreksleider", "Marieke de Vries", "Inbrenger", "Sanne Bakker", "Deelnemers (6)", .. Names]);
        Assert.DoesNotContain("pagina", cover.Replace("(volgende pagina)", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("Afdrukwijzer", PdfTools.PageText(pdf, 2).Split('\n').First(l => l.Trim().Length > 0 && !l.Contains("Sessiepakket", StringComparison.Ordinal)).Trim(), StringComparison.Ordinal);
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
        PdfTools.AssertInOrder(text, ["Subgroepen", "2 subgroepen van 6 en 6", "Afdrukwijzer", "Stap- en rolkaarten, subgroep 1", "Stap- en rolkaarten, subgroep 2", "Draaiboek", "Subgroep 1", "Subgroep 2", "toegepast: 2 parallelle subgroepen van 6 en 6", "Een casus formuleren"]);
        var outline = PdfTools.Run("qpdf", "--json", "--json-key=outlines", pdf).Output;
        Assert.Contains("\"title\": \"Stap- en rolkaarten, subgroep 2\"", outline);
        Assert.All(Enumerable.Range(1, 12), i => Assert.Contains($"Naam: Deelnemer {i}", text));
        Assert.DoesNotContain("--", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_participant_bookmark_carries_the_name_and_points_to_an_odd_page()
    {
        var outline = Outline(Write());
        foreach (var name in Names)
        {
            var index = outline.FindIndex(o => o.Title == name && o.Depth == 0);
            Assert.True(index >= 0, name);
            Assert.True(outline[index].Page % 2 == 1, $"{name}: pagina {outline[index].Page}");
            var sheets = outline.Skip(index + 1).TakeWhile(o => o.Depth == 1).ToList();
            Assert.Equal(4, sheets.Count);
            Assert.All(sheets, s => Assert.True(s.Page % 2 == 1, $"{name}, {s.Title}: pagina {s.Page}"));
        }
    }

    [Fact]
    public void Single_sided_pack_has_no_blank_pages_and_the_terminal_says_how_to_print()
    {
        var duplexPath = Write();
        var single = Path.Combine(_dir, "enkel.pdf");
        var result = CliRunner.Run(RepoPaths.Root, "pakket", Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml"), "-o", single, "--enkelzijdig");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("enkelzijdig afdrukken", result.Output);
        Assert.DoesNotContain("bewust leeg", PdfTools.Text(single));
        Assert.Contains("bewust leeg", PdfTools.Text(duplexPath));
        Assert.True(PdfTools.PageCount(single) < PdfTools.PageCount(duplexPath));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
