using IntervisieDocs.Products;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntervisieDocs.Web.Hosting;

/// <summary>
/// Builds the web application: Kestrel on <see cref="WebServerOptions.Address"/> (this computer only
/// by default), request limits, antiforgery, Dutch error pages, and the endpoints of <see cref="Endpoints"/>.
/// </summary>
internal static class WebServer
{
    /// <param name="configure">For tests: e.g. a test server instead of Kestrel.</param>
    public static WebApplication Build(ProductContext products, WebServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = "Production",
            ApplicationName = typeof(WebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxConcurrentConnections = 200;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = 64;
            form.KeyLengthLimit = 64;
            form.ValueLengthLimit = 16 * 1024;
            form.MultipartBodyLengthLimit = options.MaxUploadBytes + 16 * 1024;
            form.MultipartHeadersLengthLimit = 8 * 1024;
            form.BufferBodyLengthLimit = options.MaxRequestBytes;
        });
        // The antiforgery keys live in memory only: nothing is written to disk, and a restart simply asks
        // for a page reload.
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddAntiforgery(a =>
        {
            a.FormFieldName = Endpoints.AntiforgeryField;
            a.Cookie.Name = "intervisie-formulier";
            a.HeaderName = null;
        });
        builder.Services.AddSingleton(new Site(products, options));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(Guard);
        Endpoints.Map(app);
        return app;
    }

    /// <summary>
    /// Security headers and the request-size limit on every response; any failure becomes a Dutch page
    /// (no stack trace), and the server goes on with the next request.
    /// </summary>
    private static async Task Guard(HttpContext context, RequestDelegate next)
    {
        var site = context.RequestServices.GetRequiredService<Site>();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = site.Options.MaxRequestBytes;
        }

        try
        {
            if (context.Request.ContentLength > site.Options.MaxRequestBytes)
            {
                await Endpoints.Problem(context, StatusCodes.Status413PayloadTooLarge, "Te veel gegevens",
                    $"Dit verzoek is groter dan {site.Options.MaxRequestBytes / 1024} kB; zoveel heeft een sessie niet nodig.");
                return;
            }

            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, title, text) = e switch
            {
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException or { InnerException: InvalidDataException } =>
                    (StatusCodes.Status413PayloadTooLarge, "Te veel gegevens", "Dit formulier of bestand is groter dan de site aanneemt; een sessie heeft zoveel niet nodig."),
                BadHttpRequestException or AntiforgeryValidationException =>
                    (StatusCodes.Status400BadRequest, "Formulier niet herkend", "Dit formulier is verlopen of kwam niet van deze pagina. Laad de pagina opnieuw en probeer het nog eens."),
                _ => (StatusCodes.Status500InternalServerError, "Er ging iets mis", "Er ging iets mis bij het maken van deze pagina. Probeer het opnieuw; blijft het misgaan, start dan 'intervisie web' opnieuw."),
            };
            if (status == StatusCodes.Status500InternalServerError)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("IntervisieDocs.Web").LogError(e, "fout bij {Path}", context.Request.Path.Value);
            }

            context.Response.Clear();
            await Endpoints.Problem(context, status, title, text);
        }
    }
}
