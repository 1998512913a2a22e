using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Tests.Cli;

namespace IntervisieDocs.Tests.EndToEnd;

/// <summary>
/// Every worksheet written by the command line to a real PDF, checked with the Debian tools: a sound
/// file, embedded fonts, and the title and questions of the data in its text.
/// </summary>
[Trait("Category", "E2E")]
public sealed class WorksheetPdfTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("werkbladen").FullName;

    public static TheoryData<string> Kinds => [.. WorksheetKinds.All.Select(k => k.Id)];

    /// <summary>What the text of each kind must contain, in this order: the title and the questions from the data.</summary>
    private static readonly Dictionary<string, string[]> Landmarks = new()
    {
        ["casus"] = ["Een casus formuleren", "Naam:", "Datum:", "Gaat over een concrete situatie.", "Wat is de situatie?", "Wat is jouw hulp- of adviesvraag?", "Niet vaag en algemeen", "Maar concreet", "Bron: Toolkit intervisie"],
        ["zelftest"] = ["De zelf-intervisietest", "Naam:", "1. waar heb je het laatst over geklaagd op je werk?", "11. als je je baas was", "Mijn werkprobleem is …", "(in drie zinnen)", "Bron:"],
        ["smart"] = ["SMART-actieplan", "Naam:", "Actie:", "Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden", "(morgen te beginnen)?", "Welke hulp heb je nodig?", "Wanneer vindt de beoordeling plaats?", "Vervolg monitoren", "Bron:"],
        ["krachtenveld"] = ["Krachtenveldanalyse", "Naam:", "Fase 1", "Huidige situatie", "Gewenste situatie", "Fase 4", "c. naar duidelijkheid.", "Bevorderende krachten", "Belemmerende krachten", "Fase 5", "Ontwerp een actieplan.", "Fase 6", "Ontwerp een evaluatieplan.", "Bron: Kurt Lewin"],
        ["wnk"] = ["Warm, neutraal, koud", "Naam:", "Tienstappenmethode", "Socratische methode", "Vraag", "Waardering", "warm", "neutraal", "koud", "Probleemdefinitie", "Bron: Vannimwegen"],
        ["reflecting-team"] = ["Oplossingsgericht reflecting team", "Naam:", "Verkenning", "Alle kwaliteiten van de inbrenger", "Alle mogelijkheden", "Eigen associaties, die nuttig kunnen zijn voor de inbrenger", "Bron:"],
        ["luisteroefening"] = ["Luisteroefening", "Naam:", "Luisteraars", "Stap 1", "Luisteren en registreren welke gevoelens/gedachten", "Stap 6", "Rondje tips", "Bron: LUISTEROEFENING"],
        ["modelling"] = ["Modelling", "Naam:", "1. wat is zijn visie op de situatie?;", "2. welke normen en waarden hanteert hij?;", "3. welke vaardigheden zet hij in?;", "4. welk gedrag vertoont hij?;", "5. hoe gebruikt hij zijn omgeving?;", "Bron: FOCUS Leren & Ontwikkelen"],
        ["evaluatie"] = ["Evaluatie", "Naam:", "Wat heeft het de inbrenger opgeleverd?", "Wat heeft het de groepsleden gebracht?", "Hoe zijn de groepsleden met hun rol omgegaan?", "Aantekeningen", "Bron:"],
    };

    private string Write(string kind, params string[] options)
    {
        var path = Path.Combine(_dir, $"{kind}-{options.Length}.pdf");
        var result = CliRunner.Run(RepoPaths.Root, ["werkblad", kind, "-o", path, .. options]);
        Assert.True(result.ExitCode == 0, result.Output);
        return path;
    }

    /// <summary>
    /// Names in Polish, Czech, Turkish, Vietnamese, Greek and Cyrillic (Lato has them) and in Armenian
    /// and Georgian, with a check mark (a fallback font has them): all printed, all found by pdftotext.
    /// </summary>
    [Fact]
    public void Names_in_any_script_the_fonts_cover_are_printed_and_found_in_the_text()
    {
        string[] names = ["Łukasz Wróbel", "Jiří Dvořák", "Çağla Şahin", "Nguyễn Thị Hương", "Αθηνά Παπαδοπούλου", "Наталья Иванова", "Արամ Պետրոսյան", "ნინო ბერიძე ✓"];
        var path = Write("casus", "--namen", string.Join(',', names));

        var text = PdfTools.Text(path);
        Assert.All(names, n => Assert.Contains(n, text, StringComparison.Ordinal));
        var fonts = string.Join('\n', PdfTools.CheckFontsEmbedded(path));
        Assert.Contains("Noto Sans Armenian", fonts, StringComparison.Ordinal);
        Assert.Contains("Noto Sans Georgian", fonts, StringComparison.Ordinal);
        Assert.Contains("Noto Sans Symbols2", fonts, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_has_landmarks() => Assert.Equal(WorksheetKinds.All.Select(k => k.Id).Order(), Landmarks.Keys.Order());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_a_sound_pdf_with_embedded_fonts(string kind)
    {
        var pdf = Write(kind);
        PdfTools.CheckStructure(pdf);
        Assert.NotEmpty(PdfTools.CheckFontsEmbedded(pdf));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_prints_its_title_and_questions(string kind)
    {
        var text = PdfTools.Text(Write(kind));
        PdfTools.AssertInOrder(text, Landmarks[kind]);
        Assert.DoesNotContain("\u00AD", text);
    }

    [Fact]
    public void Named_copies_each_carry_their_name_on_their_first_page()
    {
        var pdf = Write("casus", "--namen", "An,Bert,Cees");
        Assert.Equal(3, PdfTools.PageCount(pdf));
        string[] names = ["An", "Bert", "Cees"];
        for (var page = 1; page <= 3; page++)
        {
            var text = PdfTools.PageText(pdf, page);
            PdfTools.AssertInOrder(text, ["Een casus formuleren", $"Naam: {names[page - 1]}", "Datum:"]);
            Assert.Single(names, n => text.Contains($"Naam: {n}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Smart_with_example_prints_the_worked_example_where_one_writes()
    {
        var pdf = Write("smart", "--voorbeeld");
        Assert.Equal(3, PdfTools.PageCount(pdf));
        var example = PdfTools.PageText(pdf, 3);
        PdfTools.AssertInOrder(example, ["Voorbeeld SMART gemaakt plan", "Actie: ‘ik ga met mijn leidinggevende overleggen"]);

        // pdftotext reads table cells in an order of its own: each example text on its own.
        foreach (var snippet in new[] { "Ik ga a.s. maandag", "Meten is weten!", "Iedere oplossing helpt.", "Resultaat no 1. is:", "Met Jorien uit de intervisiegroep", "In zulke inzichten" })
        {
            PdfTools.AssertInOrder(example, [snippet]);
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = File.ReadAllBytes(Write("krachtenveld", "--namen", "An"));
        var second = File.ReadAllBytes(Write("krachtenveld", "--namen", "Bo"));
        var again = File.ReadAllBytes(Write("krachtenveld", "--namen", "An"));
        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
