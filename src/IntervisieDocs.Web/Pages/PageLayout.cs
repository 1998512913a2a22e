namespace IntervisieDocs.Web.Pages;

/// <summary>The frame of every page: Dutch, one stylesheet of our own, a skip link, the navigation; the text set with the paper's punctuation.</summary>
internal static class PageLayout
{
    public const string Home = "/";
    public const string Chooser = "/kiezen";
    public const string Compose = "/sessie";
    public const string Treasury = "/schatkist";

    private static readonly (string Path, string Label)[] Navigation =
    [
        (Home, "Start"),
        (Chooser, "Kiezen"),
        (Compose, "Sessie samenstellen"),
        (Treasury, "Schatkist"),
    ];

    /// <param name="title">The page's own title; the h1 is part of <paramref name="main"/>.</param>
    /// <param name="section">Which navigation entry is the current one.</param>
    public static string Page(string title, string section, string main, bool withScript = false) => $"""
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{HtmlPunctuation.Apply(Html.E(title))} – IntervisieDocs</title>
        <link rel="stylesheet" href="/static/site.css">
        {(withScript ? "<script src=\"/static/site.js\" defer></script>" : "")}
        </head>
        <body>
        <a class="skip" href="#inhoud">Naar de inhoud</a>
        <header class="site">
        <p class="brand"><a href="/">IntervisieDocs</a></p>
        <nav aria-label="Hoofdmenu"><ul>
        {Html.Join(Navigation, n => $"<li><a href=\"{n.Path}\"{(n.Path == section ? " aria-current=\"page\"" : "")}>{Html.E(n.Label)}</a></li>")}
        </ul></nav>
        </header>
        <main id="inhoud" tabindex="-1">
        {HtmlPunctuation.Apply(main)}
        </main>
        <footer class="site"><p>IntervisieDocs draait op deze computer; er gaat niets naar internet.</p></footer>
        </body>
        </html>
        """;
}
