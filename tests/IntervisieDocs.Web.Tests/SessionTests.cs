using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Sessions;

namespace IntervisieDocs.Web.Tests;

/// <summary>Sessie samenstellen: the draaiboek as the CLI computes it, the CLI's messages per field, the pack, the session file.</summary>
public sealed class SessionTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    internal static List<KeyValuePair<string, string>> Form(params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["groep"] = "Intervisiegroep wijkteams Noord",
            ["datum"] = "2026-12-03",
            ["begintijd"] = "13:30",
            ["eindtijd"] = "15:00",
            ["locatie"] = "Buurtcentrum De Linde, zaal 2",
            ["methode"] = "reflecting-team",
            ["gespreksleider"] = "Marieke de Vries",
            ["inbrenger"] = "Sanne Bakker",
            ["deelnemers"] = "Marieke de Vries\r\nSanne Bakker\r\nAhmed El Amrani\r\nJoost Verhoeven\r\nFatima Yilmaz\r\nPieter Jansen",
            ["onderwerpen"] = "",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return [.. fields];
    }

    private const string ExampleYaml = """
        groep: Intervisiegroep wijkteams Noord
        datum: 2026-12-03
        begintijd: 13:30
        eindtijd: 15:00
        locatie: Buurtcentrum De Linde, zaal 2
        methode: reflecting-team
        gespreksleider: Marieke de Vries
        inbrenger: Sanne Bakker
        deelnemers:
          - Marieke de Vries
          - Sanne Bakker
          - Ahmed El Amrani
          - Joost Verhoeven
          - Fatima Yilmaz
          - Pieter Jansen
        """;

    private static Session Read(string yaml) =>
        SessionReader.Read(yaml, "sessie.yaml", SiteFixture.Data).Session ?? throw new InvalidOperationException("the session has errors");

    [Fact]
    public async Task The_draaiboek_has_the_clock_times_the_command_line_computes()
    {
        using var client = site.Client();
        using var response = await client.Post("/sessie", [.. Form(), new("actie", "bijwerken")], "/sessie");
        var page = SiteClient.Parse(await response.Content.ReadAsStringAsync());
        var session = Read(ExampleYaml);
        var rows = SessionPlan.Schedule(session.Method, session.Start, session.Topics);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = page.QuerySelectorAll("table.draaiboek tbody tr").Select(tr => tr.QuerySelector("td.tijd")!.TextContent).ToList();
        Assert.Equal(rows.Select(r => $"{r.Start:HH:mm}–{r.End:HH:mm}").ToList(), shown);
        Assert.Empty(page.QuerySelectorAll(".fout"));
        PageTests.CheckPage(page);
    }

    [Fact]
    public async Task The_preview_the_script_fetches_is_the_same_draaiboek()
    {
        using var client = site.Client();
        using var response = await client.Post("/sessie/voorbeeld", Form(("onderwerpen", "3"), ("methode", "snelle-adviesrondes")), "/sessie");
        var fragment = SiteClient.Parse(await response.Content.ReadAsStringAsync());
        var session = Read(ExampleYaml.Replace("reflecting-team", "snelle-adviesrondes") + "\nonderwerpen: 3\n");
        var rows = SessionPlan.Schedule(session.Method, session.Start, session.Topics);

        Assert.Equal(rows.Count, fragment.QuerySelectorAll("table.draaiboek tbody tr").Length);
        Assert.Contains("(onderwerp 3)", fragment.Body!.TextContent);
        Assert.Equal(SessionPlan.Warnings(session, false).Select(IntervisieDocs.Typography.DutchPunctuation.Apply), fragment.QuerySelectorAll(".waarschuwingen li").Select(li => li.TextContent).ToList());
        Assert.DoesNotContain("'", fragment.Body.TextContent); // set like the page around it
    }

    [Fact]
    public async Task A_large_group_gets_the_warning_and_the_subgroup_proposal_of_the_command_line()
    {
        var names = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Deelnemer {i}"));
        using var client = site.Client();
        using var response = await client.Post("/sessie/voorbeeld", Form(("deelnemers", names), ("gespreksleider", "Deelnemer 1"), ("inbrenger", "Deelnemer 2")), "/sessie");
        var fragment = SiteClient.Parse(await response.Content.ReadAsStringAsync());
        var warnings = fragment.QuerySelectorAll(".waarschuwingen li").Select(li => li.TextContent).ToList();

        Assert.Contains(IntervisieDocs.Typography.DutchPunctuation.Apply("12 deelnemers is meer dan de 7 die Oplossingsgericht reflecting team aankan (4–7); voorstel: 2 parallelle subgroepen van 6 en 6, " +
            "elk met een eigen inbrenger en gespreksleider (vink ‘Een te grote groep in subgroepen splitsen’ aan)"), warnings);
        var groups = fragment.QuerySelectorAll("ol.subgroepen li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, groups.Count);
        Assert.StartsWith("Subgroep 1 (6 personen): Deelnemer 1, Deelnemer 3", groups[0]);
    }

    public static TheoryData<string, string, string, string> BadInput() => new()
    {
        { "datum", "3-12-2026", "datum", "'datum' moet een datum zijn als jjjj-mm-dd, bijvoorbeeld 2026-11-23, niet '3-12-2026'" },
        { "datum", "", "datum", "verplicht veld 'datum' ontbreekt" },
        { "begintijd", "half twee", "begintijd", "'begintijd' moet een tijd zijn als uu:mm, bijvoorbeeld 13:30, niet 'half twee'" },
        { "eindtijd", "12:00", "eindtijd", "'eindtijd' (12:00) moet na de begintijd (13:30) liggen" },
        { "methode", "reflectingteam", "methode", "onbekende methode 'reflectingteam' — bedoelde je: reflecting-team, modelling, clinic? ('intervisie methoden' toont ze allemaal)" },
        { "groep", new string('x', 81), "groep", "'groep' mag hoogstens 80 tekens hebben (hij staat in de kop van elke pagina), niet 81" },
        { "gespreksleider", "", "gespreksleider", "verplicht veld 'gespreksleider' ontbreekt" },
        { "deelnemers", "An\nBert\nan", "deelnemers", "'An' staat twee keer in 'deelnemers'; geef elke deelnemer een eigen naam" },
        { "deelnemers", "0", "deelnemers", "'deelnemers' moet minstens 1 zijn, niet 0" },
        { "deelnemers", string.Join('\n', Enumerable.Range(1, 101).Select(i => $"D{i}")), "deelnemers", "'deelnemers' mag hoogstens 100 namen hebben" },
        { "onderwerpen", "twee", "onderwerpen", "'onderwerpen' moet een geheel getal zijn, niet 'twee'" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_the_message_of_the_command_line_next_to_the_field_and_keeps_the_form(string key, string value, string field, string message)
    {
        using var client = site.Client();
        var form = Form((key, value));
        using var response = await client.Post("/sessie", [.. form, new("actie", "pakket")], "/sessie");
        var page = SiteClient.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(IntervisieDocs.Typography.DutchPunctuation.Apply(message), page.QuerySelector($"#fout-{field}")?.TextContent ?? "(geen melding bij het veld)");
        foreach (var (k, v) in form)
        {
            var element = page.QuerySelector($"#{k}")!;
            var shown = element.LocalName switch
            {
                "textarea" => element.TextContent,
                "select" => element.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                _ => element.GetAttribute("value"),
            };
            if (!(element.LocalName == "select" && v == "reflectingteam"))
            {
                Assert.Equal(v.ReplaceLineEndings("\n"), shown?.ReplaceLineEndings("\n"));
            }
        }

        PageTests.CheckPage(page);
    }

    [Fact]
    public async Task The_pack_is_the_pdf_the_command_line_makes_from_the_same_session()
    {
        using var client = site.Client();
        using var response = await client.Post("/sessie", [.. Form(), new("actie", "pakket")], "/sessie");
        var (bytes, pages, fileName) = await Pdfs.Read(response);
        var expected = PdfRenderer.Render(SessionPack.Build(Read(ExampleYaml), false, SiteFixture.Products()).Document);

        Assert.Equal("pakket-2026-12-03-reflecting-team.pdf", fileName);
        Assert.Equal(expected, bytes);
        Assert.True(pages > 10);
    }

    [Fact]
    public async Task A_single_sided_pack_is_the_pdf_of_enkelzijdig_without_the_blank_pages()
    {
        using var client = site.Client();
        using var duplex = await client.Post("/sessie", [.. Form(), new("actie", "pakket")], "/sessie");
        using var single = await client.Post("/sessie", [.. Form(), new("enkelzijdig", "ja"), new("actie", "pakket")], "/sessie");
        var (bytes, pages, _) = await Pdfs.Read(single);

        Assert.Equal(PdfRenderer.Render(SessionPack.Build(Read(ExampleYaml), false, SiteFixture.Products(), duplex: false).Document), bytes);
        Assert.True(pages < (await Pdfs.Read(duplex)).Pages, $"enkelzijdig {pages} pagina's");

        // The choice stays on the form when it is shown again.
        using var shown = await client.Post("/sessie", [.. Form(), new("enkelzijdig", "ja"), new("actie", "bijwerken")], "/sessie");
        var page = SiteClient.Parse(await shown.Content.ReadAsStringAsync());
        Assert.True(page.QuerySelector("#enkelzijdig")!.HasAttribute("checked"));
        Assert.NotNull(page.QuerySelector("label[for='enkelzijdig']"));
    }

    [Fact]
    public async Task The_pack_with_subgroups_has_cards_per_subgroup()
    {
        var names = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Deelnemer {i}"));
        using var client = site.Client();
        using var whole = await client.Post("/sessie", [.. Form(("deelnemers", names), ("gespreksleider", "Deelnemer 1")), new("actie", "pakket")], "/sessie");
        using var split = await client.Post("/sessie", [.. Form(("deelnemers", names), ("gespreksleider", "Deelnemer 1")), new("splits", "ja"), new("actie", "pakket")], "/sessie");

        Assert.True((await Pdfs.Read(split)).Pages > (await Pdfs.Read(whole)).Pages);
    }

    [Fact]
    public async Task The_session_file_reads_back_as_the_same_session_and_loads_into_the_form()
    {
        using var client = site.Client();
        var form = Form(("groep", "Team \"Noord\": #1"), ("deelnemers", "null\nJa\n12 ambities\nSanne Bakker\nMarieke de Vries"), ("onderwerpen", "2"));
        using var response = await client.Post("/sessie", [.. form, new("actie", "yaml")], "/sessie");
        var yaml = await response.Content.ReadAsStringAsync();

        Assert.Equal("sessie.yaml", response.Content.Headers.ContentDisposition?.FileName);
        var session = Read(yaml);
        Assert.Equal("Team \"Noord\": #1", session.Group);
        Assert.Equal(["null", "Ja", "12 ambities", "Sanne Bakker", "Marieke de Vries"], session.Participants);
        Assert.Equal(2, session.Topics);

        var token = await client.Token("/sessie");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__formulier" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(yaml)) { Headers = { ContentType = new MediaTypeHeaderValue("application/yaml") } }, "bestand", "mijn-sessie.yaml" },
        };
        using var loaded = await client.Http.PostAsync("/sessie/laden", upload);
        var page = SiteClient.Parse(await loaded.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Equal("Team \"Noord\": #1", page.QuerySelector("#groep")!.GetAttribute("value"));
        Assert.Equal("null\nJa\n12 ambities\nSanne Bakker\nMarieke de Vries", page.QuerySelector("#deelnemers")!.TextContent);
        Assert.Equal("reflecting-team", page.QuerySelector("#methode option[selected]")!.GetAttribute("value"));
        Assert.NotEmpty(page.QuerySelectorAll("table.draaiboek tbody tr"));
    }

    [Theory]
    [InlineData("groep: Noord\nlokatie: x\n", "sessie.yaml:2:1: fout: onbekend veld 'lokatie' — bedoelde je 'locatie'?")]
    [InlineData("groep: [Noord\n", "sessie.yaml:2:1: fout: ongeldige YAML: ',' of ']' verwacht")]
    [InlineData("", "kies eerst een sessiebestand (sessie.yaml) om te laden")]
    public async Task A_bad_session_file_gets_the_readers_message_with_its_line(string yaml, string message)
    {
        using var client = site.Client();
        var token = await client.Token("/sessie");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__formulier" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(yaml)), "bestand", "sessie.yaml" },
        };
        using var response = await client.Http.PostAsync("/sessie/laden", upload);
        var page = SiteClient.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("#fouten li"), li => li.TextContent.StartsWith(IntervisieDocs.Typography.DutchPunctuation.Apply(message), StringComparison.Ordinal));
        PageTests.CheckPage(page);
    }

    [Fact]
    public async Task A_method_page_link_prefills_the_method()
    {
        using var client = site.Client();
        var (_, page) = await client.Get("/sessie?methode=vissenkom");

        Assert.Equal("vissenkom", page.QuerySelector("#methode option[selected]")!.GetAttribute("value"));
    }
}
