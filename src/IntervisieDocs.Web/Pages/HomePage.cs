using IntervisieDocs.Model;

namespace IntervisieDocs.Web.Pages;

/// <summary>The start page: what the site does, and the way to every PDF.</summary>
internal static class HomePage
{
    public static string Render(DataSet data)
    {
        var main = $"""
            <h1>Intervisie voorbereiden</h1>
            <p>Kies een methode, stel een sessie samen en download alles wat je nodig hebt als PDF om te printen.
            Alles werkt op deze computer, ook zonder internet.</p>
            <ul class="tegels">
            <li><h2><a href="{PageLayout.Chooser}">Kiezen</a></h2>
            <p>{data.Methods.Count} methoden, te filteren op tijd, groepsgrootte, niveau en doel. Per methode de handout, de kaarten en de werkbladen.</p></li>
            <li><h2><a href="{PageLayout.Compose}">Sessie samenstellen</a></h2>
            <p>Groep, datum, methode en namen invullen; het draaiboek met kloktijden zien en het sessiepakket downloaden.</p></li>
            <li><h2><a href="{PageLayout.Treasury}">Schatkist</a></h2>
            <p>Het A5-boekje met alle methoden, spelregels en vragen, ook als vouwboekje op A4.</p></li>
            </ul>
            <h2>Alle methoden</h2>
            <ul class="kolommen-lijst">
            {Html.Join(data.Methods, m => $"<li><a href=\"/methoden/{Html.U(m.Id)}\">{Html.E(m.Title)}</a></li>")}
            </ul>
            """;
        return PageLayout.Page("Start", PageLayout.Home, main);
    }
}
