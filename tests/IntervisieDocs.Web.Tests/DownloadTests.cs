using System.Collections.Concurrent;
using System.Net;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;

namespace IntervisieDocs.Web.Tests;

/// <summary>Every PDF link of every page answers with a valid PDF, the same bytes as the product itself makes.</summary>
public sealed class DownloadTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Every_pdf_link_on_every_page_is_a_valid_pdf()
    {
        using var client = site.Client();
        List<string> pages = ["/", "/schatkist", .. SiteFixture.Data.Methods.Select(m => $"/methoden/{m.Id}")];
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            var (_, page) = await client.Get(path);
            links.UnionWith(page.QuerySelectorAll("a[href$='.pdf']").Select(a => a.GetAttribute("href")!));
        }

        var results = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(links, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (link, _) =>
        {
            using var response = await client.Http.GetAsync(link);
            results[link] = (await Pdfs.Read(response)).Pages;
        });

        // handout, 4 decks and the worksheets of every method; the schatkist twice; the method deck in
        // its 4 variants; the question cards.
        var expected = SiteFixture.Data.Methods.Sum(m => 5 + Rendering.Catalogue.SheetsOf(m).Count) + 2 + 4 + SiteFixture.Data.QuestionBanks.Count;
        Assert.Equal(expected, results.Count);
        Assert.All(results, r => Assert.True(r.Value > 0));
    }

    [Fact]
    public async Task A_handout_is_the_same_pdf_as_the_command_line_makes()
    {
        using var client = site.Client();
        using var response = await client.Http.GetAsync("/methoden/vissenkom/handout.pdf");
        var (bytes, _, fileName) = await Pdfs.Read(response);
        var products = SiteFixture.Products();

        Assert.Equal("handout-vissenkom.pdf", fileName);
        Assert.Equal(PdfRenderer.Render(Handout.Build(SiteFixture.Data.FindMethod("vissenkom")!, products).Document), bytes);
    }

    [Fact]
    public async Task The_method_deck_is_the_pdf_the_command_line_makes_with_a_card_for_every_method()
    {
        using var client = site.Client();
        var (_, page) = await client.Get("/schatkist");
        Assert.Equal(4, page.QuerySelectorAll("a[href^='/schatkist/methodekaarten-']").Length);

        using var response = await client.Http.GetAsync("/schatkist/methodekaarten-kantoor-achterkant.pdf");
        var (bytes, pages, _) = await Pdfs.Read(response);
        var expected = PdfRenderer.Render(IntervisieDocs.Products.Cards.CardProducts.ForAllMethods(SiteFixture.Products(), new(Backs: true)).Document);
        Assert.Equal(expected, bytes);
        // 4 cards a sheet, each sheet of fronts followed by its backs.
        Assert.Equal((SiteFixture.Data.Methods.Count + 3) / 4 * 2, pages);

        using var unknown = await client.Http.GetAsync("/schatkist/methodekaarten-onbekend.pdf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_booklet_has_A4_landscape_sides()
    {
        using var client = site.Client();
        using var single = await client.Http.GetAsync("/schatkist.pdf");
        using var booklet = await client.Http.GetAsync("/schatkist-boekje.pdf");
        var a5 = (await Pdfs.Read(single)).Pages;
        var sides = (await Pdfs.Read(booklet)).Pages;

        Assert.Equal((a5 + 3) / 4 * 2, sides);
    }

    [Fact]
    public async Task Named_worksheets_have_one_copy_per_name()
    {
        using var client = site.Client();
        using var blank = await client.Http.GetAsync("/methoden/vissenkom/werkblad-casus.pdf");
        var blankPages = (await Pdfs.Read(blank)).Pages;

        using var named = await client.Post("/methoden/vissenkom/werkbladen", [new("soort", "casus"), new("namen", "An de Wit\nBert Kok\n\nChris Ek")], "/methoden/vissenkom");
        var (_, pages, fileName) = await Pdfs.Read(named);

        Assert.Equal(3 * blankPages, pages);
        Assert.Equal("werkblad-casus-namen.pdf", fileName);
    }

    [Theory]
    [InlineData("casus", "", "namen", "geef minstens één naam, één per regel")]
    [InlineData("modelling", "An", "soort", "kies een werkblad uit de lijst; 'modelling' hoort niet bij Vissenkom (fishbowl)")]
    [InlineData("casus", "Een naam die veel te lang is voor het naamvak van een werkblad, echt veel te lang", "namen",
        "de naam 'Een naam die veel te…' is langer dan 60 tekens; hij moet in het naamvak en de paginakop passen")]
    public async Task Bad_names_get_the_message_next_to_the_field(string kind, string names, string field, string message)
    {
        using var client = site.Client();
        using var response = await client.Post("/methoden/vissenkom/werkbladen", [new("soort", kind), new("namen", names)], "/methoden/vissenkom");
        var page = SiteClient.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(IntervisieDocs.Typography.DutchPunctuation.Apply(message), page.QuerySelector($"#fout-{field}")!.TextContent.Trim());
        Assert.Equal(names, page.QuerySelector("#namen")!.TextContent);
        PageTests.CheckPage(page);
    }
}
