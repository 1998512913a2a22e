using System.Text;
using IntervisieDocs.Model;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Web.Forms;
using IntervisieDocs.Web.Pages;
using IntervisieDocs.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieDocs.Web.Hosting;

/// <summary>
/// Every address of the site. Ids in a path are looked up in the loaded data (an unknown one is a 404);
/// nothing a request sends is used as a file path or written anywhere.
/// </summary>
internal static class Endpoints
{
    public const string AntiforgeryField = "__formulier";

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (Site site) => Page(HomePage.Render(site.Products.Data)));
        app.MapGet(PageLayout.Chooser, (Site site, HttpContext context) =>
        {
            var filter = ChooserFilter.From(context.Request.Query);
            return Page(ChooserPage.Render(site.Products.Data, filter), filter.Errors.Any ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        });
        app.MapGet("/methoden/{id}", (string id, Site site, HttpContext context) =>
            Method(site, id) is { } method ? Page(MethodPage.Render(site.Products.Data, method, Token(context))) : NotFound());
        app.MapGet("/methoden/{id}/handout.pdf", (string id, Site site, HttpContext context) =>
            Method(site, id) is { } method
                ? Cached(site, context, $"handout/{method.Id}", () => Catalogue.Handout(method, site.Products))
                : Task.FromResult(NotFound()));
        app.MapGet("/methoden/{id}/kaarten-{variant}.pdf", (string id, string variant, Site site, HttpContext context) =>
            Method(site, id) is { } method && Catalogue.FindCardVariant(variant) is { } chosen
                ? Cached(site, context, $"kaarten/{method.Id}/{chosen.Id}", () => Catalogue.Cards(method, chosen, site.Products))
                : Task.FromResult(NotFound()));
        app.MapGet("/methoden/{id}/werkblad-{kind}.pdf", (string id, string kind, Site site, HttpContext context) =>
            Method(site, id) is { } method && Catalogue.FindSheet(method, kind) is { } sheet
                ? Cached(site, context, $"werkblad/{method.Id}/{sheet.Id}", () => Catalogue.Sheet(method, sheet, [], site.Products))
                : Task.FromResult(NotFound()));
        app.MapPost("/methoden/{id}/werkbladen", NamedSheets);
        app.MapGet("/vragen/{id}/kaarten.pdf", (string id, Site site, HttpContext context) =>
            site.Products.Data.FindQuestionBank(id) is { } bank
                ? Cached(site, context, $"vraagkaarten/{bank.Id}", () => Catalogue.QuestionCards(bank, site.Products))
                : Task.FromResult(NotFound()));

        app.MapGet(PageLayout.Treasury, (Site site) => Page(TreasuryPage.Render(site.Products.Data)));
        app.MapGet("/schatkist.pdf", (Site site, HttpContext context) => Cached(site, context, "schatkist", () => Catalogue.Treasury(site.Products, booklet: false)));
        app.MapGet("/schatkist/methodekaarten-{variant}.pdf", (string variant, Site site, HttpContext context) =>
            Catalogue.FindCardVariant(variant) is { } deck
                ? Cached(site, context, $"methodekaarten/{deck.Id}", () => Catalogue.MethodDeck(deck, site.Products))
                : Task.FromResult(NotFound()));
        app.MapGet("/schatkist-boekje.pdf", (Site site, HttpContext context) => Cached(site, context, "schatkist-boekje", () => Catalogue.Treasury(site.Products, booklet: true)));

        SessionEndpoints.Map(app);

        app.MapGet("/static/site.css", () => Asset("site.css", "text/css; charset=utf-8"));
        app.MapGet("/static/site.js", () => Asset("site.js", "text/javascript; charset=utf-8"));
        app.MapFallback(() => NotFound());
    }

    public static Method? Method(Site site, string id) => site.Products.Data.FindMethod(id);

    /// <summary>The hidden antiforgery field for a form on this page (the cookie is set with it).</summary>
    public static string Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{AntiforgeryField}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    /// <exception cref="AntiforgeryValidationException">The form did not come from one of our pages (a 400 page).</exception>
    public static Task Validate(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    public static IResult NotFound() => Page(ErrorPages.NotFound(), StatusCodes.Status404NotFound);

    public static Task Problem(HttpContext context, int status, string title, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(ErrorPages.Message(title, text));
    }

    /// <summary>A PDF of the data alone: made once, then served from the cache.</summary>
    private static async Task<IResult> Cached(Site site, HttpContext context, string key, Func<PdfFile> render) =>
        Pdf(site, await site.Cache.GetAsync(key, render, context.RequestAborted));

    /// <summary>A PDF made for this request (it has the user's names).</summary>
    public static async Task<IResult> Rendered(Site site, HttpContext context, Func<PdfFile> render) =>
        Pdf(site, await site.Gate.RunAsync(render, context.RequestAborted));

    private static IResult Pdf(Site site, RenderOutcome outcome)
    {
        var seconds = (int)site.Options.RenderTimeLimit.TotalSeconds;
        return outcome switch
        {
            { File: { } file } => Results.File(file.Bytes, "application/pdf", file.FileName),
            { Failure: RenderFailure.Busy } => Page(ErrorPages.Message("Even geduld", "Er worden nu veel PDF's tegelijk gemaakt. Probeer het over een minuut opnieuw."), StatusCodes.Status503ServiceUnavailable),
            { Failure: RenderFailure.TimedOut } => Page(ErrorPages.Message("Dat duurde te lang", $"Het maken van deze PDF duurde langer dan {seconds} seconden en is afgebroken. Probeer het opnieuw."), StatusCodes.Status503ServiceUnavailable),
            _ => Page(ErrorPages.Message("Deze PDF kan niet gemaakt worden", outcome.Message ?? ""), StatusCodes.Status500InternalServerError),
        };
    }

    private static async Task<IResult> NamedSheets(string id, Site site, HttpContext context)
    {
        if (Method(site, id) is not { } method)
        {
            return NotFound();
        }

        await Validate(context);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var kindValue = form["soort"].ToString();
        var namesValue = form["namen"].ToString();
        var errors = new FormErrors();
        var kind = Catalogue.FindSheet(method, kindValue);
        if (kind is null)
        {
            errors.Add("soort", $"kies een werkblad uit de lijst; '{kindValue}' hoort niet bij {method.Title}");
        }

        var names = namesValue.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            errors.Add("namen", "geef minstens één naam, één per regel");
        }
        else if (kind is not null && Worksheet.Problem(kind, new WorksheetOptions { Names = names, Method = kind.UsesMethod ? method : null }, site.Products.Data) is { } problem)
        {
            errors.Add("namen", problem);
        }

        if (errors.Any || kind is null)
        {
            return Page(MethodPage.Render(site.Products.Data, method, Token(context), namesValue, kindValue, errors), StatusCodes.Status422UnprocessableEntity);
        }

        return await Rendered(site, context, () => Catalogue.Sheet(method, kind, names, site.Products));
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(Endpoints).Assembly.GetManifestResourceStream($"IntervisieDocs.Web.Assets.{name}")
            ?? throw new InvalidOperationException($"{name} ontbreekt in het programma");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Results.Bytes(memory.ToArray(), contentType);
    }
}
