using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Web.Tests;

/// <summary>Every page: Dutch, labelled fields, headings in order, nothing from elsewhere, the right links.</summary>
public sealed class PageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<string> Paths()
    {
        var paths = new TheoryData<string> { "/", "/kiezen", "/kiezen?minuten=60&groep=6&beginners=ja&doel=oplossing", "/sessie", "/sessie?methode=vissenkom", "/schatkist" };
        foreach (var method in SiteFixture.Data.Methods)
        {
            paths.Add($"/methoden/{method.Id}");
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_page_is_Dutch_accessible_and_self_contained(string path)
    {
        using var client = site.Client();
        var (status, page) = await client.Get(path);

        Assert.Equal(HttpStatusCode.OK, status);
        CheckPage(page);
    }

    /// <summary>The page's text has the paper's punctuation: no straight quote or apostrophe outside what a user types.</summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_page_sets_quotes_and_apostrophes_as_the_paper_does(string path)
    {
        using var client = site.Client();
        var (_, page) = await client.Get(path);

        foreach (var form in page.QuerySelectorAll("textarea, pre, code, script, style").ToList())
        {
            form.Remove();
        }

        var text = page.Body!.TextContent + page.Title;
        Assert.DoesNotContain("'", text);
        Assert.DoesNotContain("\"", text);
    }

    [Fact]
    public void Punctuation_pairs_a_quote_across_elements_and_leaves_tags_typed_text_and_entities_alone()
    {
        var html = "<p class=\"a\">\"<em>dilemma's</em>\" &amp; 4-7 &lt;x&gt;</p><textarea>'a' \"b\"</textarea><a href=\"/x?a='1'\">5 min</a>";
        Assert.Equal("<p class=\"a\">“<em>dilemma’s</em>” &amp; 4–7 &lt;x&gt;</p><textarea>'a' \"b\"</textarea><a href=\"/x?a='1'\">5\u00A0min</a>",
            IntervisieDocs.Web.Pages.HtmlPunctuation.Apply(html));
    }

    internal static void CheckPage(IHtmlDocument page)
    {
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));

        // Headings never skip a level going down.
        var previous = 1;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"<{heading.LocalName}> '{heading.TextContent.Trim()}' after h{previous}");
            previous = level;
        }

        // Every field has a label that names it.
        foreach (var field in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            var id = field.Id;
            Assert.False(string.IsNullOrEmpty(id), $"a field without id: {field.OuterHtml}");
            var label = page.QuerySelector($"label[for='{id}']");
            Assert.True(label is not null && label.TextContent.Trim().Length > 0, $"field '{id}' has no label");
        }

        // Nothing is fetched from elsewhere: scripts and styles are our own.
        foreach (var element in page.QuerySelectorAll("script[src], link[href], img[src]"))
        {
            var url = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.StartsWith("/static/", url);
        }

        Assert.Empty(page.QuerySelectorAll("style, [style], script:not([src])"));

        // Every form that posts carries the antiforgery token.
        foreach (var form in page.QuerySelectorAll("form[method=post]"))
        {
            Assert.NotNull(form.QuerySelector("input[type=hidden][name=__formulier]"));
        }
    }

    [Fact]
    public async Task The_home_page_reaches_every_method_and_part()
    {
        using var client = site.Client();
        var (_, page) = await client.Get("/");
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        Assert.Contains("/kiezen", links);
        Assert.Contains("/sessie", links);
        Assert.Contains("/schatkist", links);
        foreach (var method in SiteFixture.Data.Methods)
        {
            Assert.Contains($"/methoden/{method.Id}", links);
        }
    }

    [Fact]
    public async Task The_chooser_shows_every_method_with_its_facts()
    {
        using var client = site.Client();
        var (_, page) = await client.Get("/kiezen");
        var cards = page.QuerySelectorAll("li.methode");

        Assert.Equal(SiteFixture.Data.Methods.Count, cards.Length);
        var vissenkom = cards.Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == "/methoden/vissenkom");
        var method = SiteFixture.Data.FindMethod("vissenkom")!;
        var facts = vissenkom.QuerySelector("dl.feiten")!.TextContent;
        Assert.Contains($"{method.GroupSize.Min}–{method.GroupSize.Max} deelnemers", facts);
        Assert.Contains($"{method.TotalMinutesWithoutOptional}", facts);
        Assert.All(method.Roles, r => Assert.Contains(r.Name, facts));
        Assert.NotNull(vissenkom.QuerySelector("svg.tijdlijn"));
        Assert.Equal(method.Steps.Count, vissenkom.QuerySelectorAll("ol.stappen-kort li").Length);
    }

    [Theory]
    [InlineData("minuten=60")]
    [InlineData("groep=12")]
    [InlineData("groep=4&beginners=ja")]
    [InlineData("doel=oplossingen")]
    [InlineData("minuten=45&groep=6")]
    public async Task The_chooser_filters_as_the_data_says(string query)
    {
        using var client = site.Client();
        var (status, page) = await client.Get("/kiezen?" + query);
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        int? minutes = parameters.TryGetValue("minuten", out var m) ? int.Parse(m!, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? size = parameters.TryGetValue("groep", out var g) ? int.Parse(g!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var beginners = parameters.ContainsKey("beginners");
        var word = parameters.TryGetValue("doel", out var d) ? d.ToString() : null;

        var expected = SiteFixture.Data.Methods
            .Where(x => minutes is null || (x.HasTimes && x.TotalMinutesWithoutOptional <= minutes))
            .Where(x => size is null || (x.GroupSize.Min <= size && size <= x.GroupSize.Max))
            .Where(x => !beginners || x.ForBeginners)
            .Where(x => word is null || $"{x.Title} {x.Purpose} {string.Join(' ', x.Tags)}".Contains(word, StringComparison.OrdinalIgnoreCase))
            .Select(x => $"/methoden/{x.Id}").ToList();
        var shown = page.QuerySelectorAll("li.methode h3 a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, shown);
        Assert.True(shown.Count < SiteFixture.Data.Methods.Count, "the filter should leave some out");
        foreach (var (key, value) in parameters.Where(p => p.Key != "beginners"))
        {
            Assert.Equal(value.ToString(), page.QuerySelector($"#{key}")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task A_bad_filter_gets_a_Dutch_message_next_to_the_field_and_keeps_what_was_typed()
    {
        using var client = site.Client();
        var (status, page) = await client.Get("/kiezen?minuten=anderhalf+uur&groep=8");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("anderhalf uur", page.QuerySelector("#minuten")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#minuten")!.GetAttribute("aria-invalid"));
        Assert.Equal(DutchPunctuation.Apply("geef een heel getal van 1 tot en met 1440, bijvoorbeeld 90, niet 'anderhalf uur'"), page.QuerySelector("#fout-minuten")!.TextContent.Trim());
        Assert.Equal($"Alle {SiteFixture.Data.Methods.Count} methoden (verbeter eerst het filter)", page.QuerySelector("#resultaat")!.TextContent);
        CheckPage(page);
    }

    [Fact]
    public async Task A_method_page_shows_the_handout_inline_and_offers_every_download()
    {
        using var client = site.Client();
        var (_, page) = await client.Get("/methoden/reflecting-team");
        var method = SiteFixture.Data.FindMethod("reflecting-team")!;
        var hrefs = page.QuerySelectorAll("a[href$='.pdf']").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(method.Title, page.QuerySelector("h1")!.TextContent);
        var handout = page.QuerySelector("section.handout")!;
        Assert.Equal(method.Steps.Count, handout.QuerySelectorAll("table.stappen tbody tr").Length);
        Assert.All(method.Steps, s => Assert.Contains(s.Title, handout.TextContent));
        Assert.Equal(
            [
                "/methoden/reflecting-team/handout.pdf",
                "/methoden/reflecting-team/kaarten-kantoor.pdf", "/methoden/reflecting-team/kaarten-kantoor-achterkant.pdf",
                "/methoden/reflecting-team/kaarten-drukker.pdf", "/methoden/reflecting-team/kaarten-drukker-achterkant.pdf",
                "/methoden/reflecting-team/werkblad-casus.pdf", "/methoden/reflecting-team/werkblad-smart.pdf",
                "/methoden/reflecting-team/werkblad-reflecting-team.pdf", "/methoden/reflecting-team/werkblad-evaluatie.pdf",
            ],
            hrefs);
    }

    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/methoden/bestaat-niet")]
    [InlineData("/methoden/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/methoden/vissenkom/kaarten-onbekend.pdf")]
    [InlineData("/methoden/vissenkom/werkblad-modelling.pdf")]
    [InlineData("/vragen/bestaat-niet/kaarten.pdf")]
    public async Task Unknown_paths_get_a_Dutch_404_without_details(string path)
    {
        using var client = site.Client();
        using var response = await client.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = SiteClient.Parse(html);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at ", html);
        CheckPage(page);
    }

    [Fact]
    public async Task Responses_forbid_anything_from_elsewhere()
    {
        using var client = site.Client();
        using var response = await client.Http.GetAsync("/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_script_and_the_stylesheet_are_our_own_and_small()
    {
        using var client = site.Client();
        var css = await client.Http.GetStringAsync("/static/site.css");
        var js = await client.Http.GetStringAsync("/static/site.js");

        Assert.Contains(":focus-visible", css);
        Assert.DoesNotContain("http", css + js, StringComparison.OrdinalIgnoreCase);
        Assert.True(js.Length < 4000);
    }

    public static TheoryData<string> MethodIds() => [.. SiteFixture.Data.Methods.Select(m => m.Id)];

    /// <summary>As on paper: every place the data marks (damaged, reconstructed, our guideline) has its note on the method page, and every correction is listed.</summary>
    [Theory]
    [MemberData(nameof(MethodIds))]
    public async Task The_method_page_tells_the_source_from_what_is_damaged_reconstructed_or_ours(string id)
    {
        using var client = site.Client();
        var (_, page) = await client.Get($"/methoden/{id}");
        var method = SiteFixture.Data.FindMethod(id)!;
        var texts = method.TextIds.Select(SiteFixture.Data.FindText).OfType<IntervisieDocs.Model.TextDocument>().ToList();
        var marks = method.Marks.Concat(method.Steps.SelectMany(s => s.Marks)).Concat(texts.SelectMany(t => t.Marks.Concat(t.Sections.SelectMany(x => x.Marks)))).ToList();
        var notes = page.QuerySelectorAll(".bronnoot").Select(n => n.TextContent).ToList();

        // "voor beginners" shows only where a method is (so its note only there).
        var expected = marks.Where(m => m.Kind != IntervisieDocs.Model.SourceMarkKind.Corrected && m.Field != "tags" && (m.Field != "voor_beginners" || method.ForBeginners)).ToList();
        Assert.All(expected, m => Assert.Contains($"[{DutchPunctuation.Apply(m.Note)}]", notes));
        Assert.True(notes.Count >= expected.Count, $"{notes.Count} notities voor {expected.Count} plaatsen");
        var source = page.QuerySelector("p.bron")!.TextContent;
        Assert.All(marks.Where(m => m.Kind == IntervisieDocs.Model.SourceMarkKind.Corrected), m => Assert.Contains($"‘{m.Original}’ → ‘{m.Corrected}’", source));
        Assert.DoesNotContain("(richtlijn)", page.QuerySelector("dl.feiten")!.TextContent);
    }

    [Fact]
    public async Task The_chooser_marks_a_guideline_group_size_and_a_title_we_gave_as_the_paper_does()
    {
        using var client = site.Client();
        var (_, page) = await client.Get("/kiezen");
        var guideline = SiteFixture.Data.Methods.First(m => m.GroupSize.IsGuideline);
        var titled = SiteFixture.Data.Methods.First(m => m.Marks.Any(x => x.Field == "titel"));
        string Card(string id) => page.QuerySelectorAll("li.methode").Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == $"/methoden/{id}").TextContent;

        Assert.Contains("[richtlijn; de bron noemt geen groepsgrootte]", Card(guideline.Id));
        Assert.Contains($"[{DutchPunctuation.Apply(titled.Marks.First(x => x.Field == "titel").Note)}]", Card(titled.Id));
    }
}
