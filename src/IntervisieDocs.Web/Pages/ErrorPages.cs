namespace IntervisieDocs.Web.Pages;

/// <summary>Dutch pages for what went wrong, never with technical details.</summary>
internal static class ErrorPages
{
    public static string NotFound() => Message("Pagina niet gevonden",
        "Deze pagina bestaat niet (meer). Misschien is het adres verkeerd overgetypt, of hoort het bij een methode die er niet is.");

    public static string Message(string title, string text) => PageLayout.Page(title, "", $"""
        <h1>{Html.E(title)}</h1>
        <p>{Html.E(text)}</p>
        <p><a href="{PageLayout.Home}">Naar de startpagina</a> · <a href="{PageLayout.Chooser}">Een methode kiezen</a></p>
        """);
}
