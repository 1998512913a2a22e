using System.Text;
using IntervisieDocs.Web.Forms;
using IntervisieDocs.Web.Pages;
using IntervisieDocs.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntervisieDocs.Web.Hosting;

/// <summary>Sessie samenstellen: the form, its live preview, the pack and the session file, and loading one.</summary>
internal static class SessionEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet(PageLayout.Compose, (Site site, HttpContext context) =>
        {
            var form = new SessionForm();
            if (context.Request.Query["methode"].ToString() is { Length: > 0 } id && Endpoints.Method(site, id) is { } method)
            {
                form["methode"] = method.Id;
            }

            var (session, errors) = form.Check(site.Products.Data);
            return Endpoints.Page(SessionPage.Render(site.Products.Data, form, session, errors, Endpoints.Token(context), showErrors: false));
        });
        app.MapPost(PageLayout.Compose, Submit);
        app.MapPost(SessionPage.PreviewPath, Preview);
        app.MapPost(SessionPage.UploadPath, Upload);
    }

    private static async Task<IResult> Submit(Site site, HttpContext context)
    {
        await Endpoints.Validate(context);
        var fields = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = SessionForm.From(fields);
        var (session, errors) = form.Check(site.Products.Data);
        var action = fields["actie"].ToString();
        if (session is not null && action == "pakket")
        {
            return await Endpoints.Rendered(site, context, () => Catalogue.Pack(session, form.Splits, duplex: !form.SingleSided, site.Products));
        }

        if (session is not null && action == "yaml")
        {
            return Results.File(Encoding.UTF8.GetBytes(form.ToYaml()), "application/yaml; charset=utf-8", SessionForm.FileName);
        }

        var page = SessionPage.Render(site.Products.Data, form, session, errors, Endpoints.Token(context), showErrors: true);
        return Endpoints.Page(page, session is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }

    /// <summary>The draaiboek part of the page for the form as it is now (the page's script asks on every change).</summary>
    private static async Task<IResult> Preview(Site site, HttpContext context)
    {
        await Endpoints.Validate(context);
        var form = SessionForm.From(await context.Request.ReadFormAsync(context.RequestAborted));
        var (session, errors) = form.Check(site.Products.Data);
        return Endpoints.Page(SessionPage.Preview(session, errors, form.Splits));
    }

    private static async Task<IResult> Upload(Site site, HttpContext context)
    {
        await Endpoints.Validate(context);
        var fields = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = fields.Files.GetFile("bestand");
        var problem = file switch
        {
            null or { Length: 0 } => "kies eerst een sessiebestand (sessie.yaml) om te laden",
            { Length: var length } when length > site.Options.MaxUploadBytes => $"het bestand is groter dan {site.Options.MaxUploadBytes / 1024} kB; een sessiebestand is veel kleiner",
            _ => null,
        };
        string? text = null;
        if (problem is null)
        {
            using var memory = new MemoryStream();
            await file!.CopyToAsync(memory, context.RequestAborted);
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(memory.ToArray()).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                problem = "het bestand is geen tekst in UTF-8; is het wel een sessiebestand (sessie.yaml)?";
            }
        }

        if (text is null)
        {
            var empty = new SessionForm();
            var errors = new FormErrors();
            errors.Add(null, problem ?? "");
            return Endpoints.Page(SessionPage.Render(site.Products.Data, empty, null, errors, Endpoints.Token(context), showErrors: true), StatusCodes.Status422UnprocessableEntity);
        }

        var form = SessionForm.FromYaml(text);
        var (session, fileErrors) = SessionForm.Check(text, site.Products.Data);
        var page = SessionPage.Render(site.Products.Data, form, session, fileErrors, Endpoints.Token(context), showErrors: true);
        return Endpoints.Page(page, session is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }
}
