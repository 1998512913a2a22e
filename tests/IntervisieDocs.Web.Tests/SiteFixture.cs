using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IntervisieDocs.Loading;
using IntervisieDocs.Model;
using IntervisieDocs.Products;
using IntervisieDocs.Templating;
using IntervisieDocs.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntervisieDocs.Web.Tests;

/// <summary>The site in-process on a test server, with the repository's data and templates.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    internal static DataSet Data { get; } = DataLoader.Load(RepoPaths.Methods).Data ?? throw new InvalidOperationException("the real data has errors");

    internal static ProductContext Products() => new(Data, new TemplateRenderer(new TemplateSet(RepoPaths.Templates)));

    internal WebApplication App { get; private set; } = null!;

    internal Site Site => App.Services.GetRequiredService<Site>();

    internal WebServerOptions Options { get; init; } = new() { RenderSlots = 2 };

    public async Task InitializeAsync()
    {
        App = WebServer.Build(Products(), Options, builder => builder.WebHost.UseTestServer());
        await App.StartAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>A browser-like client: it keeps the antiforgery cookie.</summary>
    internal SiteClient Client() => new(new HttpClient(new CookieContainerHandler { InnerHandler = App.GetTestServer().CreateHandler() })
    {
        BaseAddress = new Uri("http://localhost"),
    });
}

/// <summary>Gets pages as parsed documents and posts their forms with the antiforgery token, as a browser does.</summary>
internal sealed class SiteClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<(HttpStatusCode Status, IHtmlDocument Page)> Get(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The antiforgery token of the first form on <paramref name="path"/> (and its cookie, kept by the handler).</summary>
    public async Task<string> Token(string path)
    {
        var (_, page) = await Get(path);
        return page.QuerySelector("input[name=__formulier]")?.GetAttribute("value") ?? throw new InvalidOperationException($"no token on {path}");
    }

    public async Task<HttpResponseMessage> Post(string path, IEnumerable<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        var token = await Token(tokenFrom);
        return await Http.PostAsync(path, new FormUrlEncodedContent([.. fields, new("__formulier", token)]));
    }

    public void Dispose() => Http.Dispose();
}
