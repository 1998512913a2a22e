using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace IntervisieDocs.Web.Tests;

/// <summary>Limits, antiforgery, concurrency: the server answers every bad request in Dutch and stays up.</summary>
public sealed class RobustnessTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private async Task StillUp(SiteClient client)
    {
        var (status, page) = await client.Get("/kiezen");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(page.QuerySelectorAll("li.methode"));
    }

    [Theory]
    [InlineData("/sessie")]
    [InlineData("/sessie/voorbeeld")]
    [InlineData("/sessie/laden")]
    [InlineData("/methoden/vissenkom/werkbladen")]
    public async Task A_post_without_the_antiforgery_token_is_refused_in_Dutch(string path)
    {
        using var client = site.Client();
        using var response = await client.Http.PostAsync(path, new FormUrlEncodedContent([new("actie", "pakket"), .. SessionTests.Form()]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Formulier niet herkend", SiteClient.Parse(html).QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", html);
        await StillUp(client);
    }

    [Fact]
    public async Task A_token_from_another_visitor_is_refused()
    {
        using var alice = site.Client();
        using var mallory = site.Client();
        var token = await alice.Token("/sessie");
        await mallory.Get("/sessie");
        using var response = await mallory.Http.PostAsync("/sessie", new FormUrlEncodedContent([new("__formulier", token), new("actie", "pakket"), .. SessionTests.Form()]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_request_larger_than_the_limit_gets_a_Dutch_413()
    {
        using var client = site.Client();
        var token = await client.Token("/sessie");
        using var response = await client.Http.PostAsync("/sessie", new FormUrlEncodedContent(
            [new("__formulier", token), .. SessionTests.Form(("deelnemers", new string('a', 300 * 1024)))]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Te veel gegevens", SiteClient.Parse(html).QuerySelector("h1")!.TextContent);
        await StillUp(client);
    }

    [Fact]
    public async Task A_form_with_too_many_fields_gets_a_Dutch_413()
    {
        using var client = site.Client();
        var token = await client.Token("/sessie");
        using var response = await client.Http.PostAsync("/sessie", new FormUrlEncodedContent(
            [new("__formulier", token), .. Enumerable.Range(0, 500).Select(i => new KeyValuePair<string, string>($"veld{i}", "x"))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await StillUp(client);
    }

    [Fact]
    public async Task A_session_file_larger_than_the_upload_limit_gets_a_message()
    {
        using var client = site.Client();
        var token = await client.Token("/sessie");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__formulier" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("groep: " + new string('x', 70 * 1024))), "bestand", "sessie.yaml" },
        };
        using var response = await client.Http.PostAsync("/sessie/laden", upload);
        var page = SiteClient.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("het bestand is groter dan 64 kB", page.QuerySelector("#fouten")!.TextContent);
    }

    [Fact]
    public async Task A_binary_upload_is_not_taken_for_a_session_file()
    {
        using var client = site.Client();
        var token = await client.Token("/sessie");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__formulier" },
            { new ByteArrayContent([0xff, 0xfe, 0x00, 0x81, 0xc3]), "bestand", "../../etc/passwd" },
        };
        using var response = await client.Http.PostAsync("/sessie/laden", upload);
        var page = SiteClient.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("het bestand is geen tekst in UTF-8", page.QuerySelector("#fouten")!.TextContent);
        await StillUp(client);
    }

    [Fact]
    public async Task Twenty_simultaneous_pack_downloads_are_all_valid_and_identical()
    {
        var names = string.Join('\n', Enumerable.Range(1, 8).Select(i => $"Deelnemer {i}"));
        var form = SessionTests.Form(("deelnemers", names), ("gespreksleider", "Deelnemer 1"), ("inbrenger", "Deelnemer 2"));
        var clients = Enumerable.Range(0, 20).Select(_ => site.Client()).ToList();
        var tokens = await Task.WhenAll(clients.Select(c => c.Token("/sessie")));

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.Http.PostAsync("/sessie", new FormUrlEncodedContent([new("__formulier", tokens[i]), new("actie", "pakket"), .. form]))));
        var pdfs = await Task.WhenAll(responses.Select(Pdfs.Read));

        Assert.All(pdfs, p => Assert.True(p.Pages > 10));
        Assert.Single(pdfs.Select(p => Convert.ToHexString(SHA256.HashData(p.Bytes))).Distinct());
        Assert.InRange(site.Site.Gate.PeakRunning, 1, site.Options.RenderSlots);
        foreach (var response in responses)
        {
            response.Dispose();
        }

        clients.ForEach(c => c.Dispose());
    }
}
