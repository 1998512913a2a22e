using System.Diagnostics;
using System.Net;
using IntervisieDocs.Sessions;
using IntervisieDocs.Typography;
using IntervisieDocs.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IntervisieDocs.Web.Tests;

/// <summary>
/// The site on a real Kestrel, driven by Debian's Chromium through Playwright: from the home page to a
/// named session pack, whose PDF is then checked with poppler. Screenshots land in output/.
/// </summary>
[Trait("Category", "E2E")]
public sealed class BrowserTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _base = "";

    private static readonly string[] Names = ["Marieke de Vries", "Sanne Bakker", "Ahmed El Amrani", "Joost Verhoeven", "Fatima Yilmaz", "Pieter Jansen"];

    public async Task InitializeAsync()
    {
        _app = WebServer.Build(SiteFixture.Products(), new WebServerOptions { Port = 0 });
        await _app.StartAsync();
        _base = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    private static string Shot(string name) => Path.Join(RepoPaths.Output, $"web-{name}.png");

    [Fact]
    public async Task The_server_listens_on_this_computer_only()
    {
        Assert.StartsWith("http://127.0.0.1:", _base);
        Assert.True(IPAddress.IsLoopback(new WebServerOptions().Address));
    }

    [Fact]
    public async Task A_trainer_goes_from_the_home_page_to_a_named_pack()
    {
        var context = await _browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_base + "/");

        // The keyboard reaches the skip link first, and its focus is visible.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));

        // Kiezen: filter on 60 minutes and 6 people.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kiezen", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Beschikbare tijd (minuten)", new() { Exact = true }).FillAsync("60");
        await page.GetByLabel("Aantal deelnemers", new() { Exact = true }).FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        var shown = await page.Locator("li.methode h3").AllTextContentsAsync();
        var expected = SiteFixture.Data.Methods.Where(m => m.HasTimes && m.TotalMinutesWithoutOptional <= 60 && m.GroupSize.Min <= 6 && 6 <= m.GroupSize.Max).Select(m => DutchPunctuation.Apply(m.Title));
        Assert.Equal(expected, shown.Select(s => s.Trim()));
        await page.ScreenshotAsync(new() { Path = Shot("1-kiezen"), FullPage = true });

        // The method page, then compose a session with it.
        var method = SiteFixture.Data.FindMethod("reflecting-team")!;
        await page.GetByRole(AriaRole.Link, new() { Name = method.Title, Exact = true }).ClickAsync();
        Assert.Equal(method.Title, await page.Locator("h1").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Shot("2-methode") });
        await page.GetByRole(AriaRole.Link, new() { Name = "Een sessie samenstellen met deze methode" }).ClickAsync();

        await page.GetByLabel("Groep", new() { Exact = true }).FillAsync("Intervisiegroep wijkteams Noord");
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-12-03");
        await page.GetByLabel("Begintijd", new() { Exact = true }).FillAsync("13:30");
        await page.GetByLabel("Eindtijd (niet verplicht)", new() { Exact = true }).FillAsync("15:00");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Buurtcentrum De Linde, zaal 2");
        await page.GetByLabel("Gespreksleider", new() { Exact = true }).FillAsync(Names[0]);
        await page.GetByLabel("Inbrenger (niet verplicht)", new() { Exact = true }).FillAsync(Names[1]);
        await page.GetByLabel("Deelnemers", new() { Exact = true }).FillAsync(string.Join('\n', Names));

        // The draaiboek comes up while typing (the page's own script), with the CLI's clock times.
        var session = SessionReader.Read($"""
            groep: Intervisiegroep wijkteams Noord
            datum: 2026-12-03
            begintijd: 13:30
            eindtijd: 15:00
            locatie: "Buurtcentrum De Linde, zaal 2"
            methode: reflecting-team
            gespreksleider: {Names[0]}
            inbrenger: {Names[1]}
            deelnemers: [{string.Join(", ", Names)}]
            """, "sessie.yaml", SiteFixture.Data).Session!;
        var rows = SessionPlan.Schedule(session.Method, session.Start, session.Topics);
        var times = page.Locator("#voorbeeld table.draaiboek td.tijd");
        await Assertions.Expect(times).ToHaveCountAsync(rows.Count);
        Assert.Equal(rows.Select(r => $"{r.Start:HH:mm}–{r.End:HH:mm}"), await times.AllTextContentsAsync());
        await Assertions.Expect(page.Locator("#voorbeeld-status")).ToContainTextAsync($"{rows[0].Start:HH:mm}–{rows[^1].End:HH:mm}");
        await page.ScreenshotAsync(new() { Path = Shot("3-sessie"), FullPage = true });

        // The pack.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Sessiepakket downloaden (PDF)" }).ClickAsync());
        Assert.Equal("pakket-2026-12-03-reflecting-team.pdf", download.SuggestedFilename);
        Directory.CreateDirectory(RepoPaths.Output);
        var pdf = Path.Join(RepoPaths.Output, "web-pakket.pdf");
        await download.SaveAsAsync(pdf);

        var expectedPages = Pdfs.Pages(IntervisieDocs.Pdf.PdfRenderer.Render(IntervisieDocs.Products.SessionPack.Build(session, false, SiteFixture.Products()).Document));
        Assert.Equal(expectedPages, Pdfs.Pages(await File.ReadAllBytesAsync(pdf)));
        Run("qpdf", "--check", pdf);
        var text = Run("pdftotext", pdf, "-");
        Assert.All(Names, name => Assert.Contains(name, text));
        Assert.All(rows, r => Assert.Contains($"{r.Start:HH:mm}", text));
        Assert.Contains($"{rows[^1].End:HH:mm}", text);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_button_brings_the_draaiboek()
    {
        var context = await _browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_base + "/sessie?methode=vissenkom");
        await page.GetByLabel("Groep", new() { Exact = true }).FillAsync("Noord");
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-12-03");
        await page.GetByLabel("Begintijd", new() { Exact = true }).FillAsync("9:00");
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Zaal 2");
        await page.GetByLabel("Gespreksleider", new() { Exact = true }).FillAsync("An");
        await page.GetByLabel("Deelnemers", new() { Exact = true }).FillAsync("8");
        Assert.Equal(0, await page.Locator("table.draaiboek").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Draaiboek bijwerken" }).ClickAsync();

        Assert.StartsWith("09:00–", await page.Locator("table.draaiboek td.tijd").First.TextContentAsync());
        Assert.Equal("8", await page.GetByLabel("Deelnemers", new() { Exact = true }).InputValueAsync());
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("3 december");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draaiboek bijwerken" }).ClickAsync();
        Assert.Equal(DutchPunctuation.Apply("'datum' moet een datum zijn als jjjj-mm-dd, bijvoorbeeld 2026-11-23, niet '3 december'"), (await page.Locator("#fout-datum").TextContentAsync())!.Trim());
        await page.ScreenshotAsync(new() { Path = Shot("4-zonder-script-fout"), FullPage = true });
        await context.CloseAsync();
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool}: {error}");
        return output.Result;
    }
}
