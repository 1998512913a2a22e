using IntervisieDocs.Model;
using IntervisieDocs.Web.Forms;

namespace IntervisieDocs.Web.Pages;

/// <summary>Kiezen: every method that fits the filters, with its timeline, minutes, group size and roles.</summary>
internal static class ChooserPage
{
    public static string Render(DataSet data, ChooserFilter filter)
    {
        var fits = filter.Errors.Any ? data.Methods.ToList() : data.Methods.Where(filter.Fits).ToList();
        var count = fits.Count == 1 ? "1 methode past" : $"{fits.Count} methoden passen";
        var main = $"""
            <h1>Een methode kiezen</h1>
            <form method="get" action="{PageLayout.Chooser}" class="filters" aria-labelledby="filter-kop">
            <h2 id="filter-kop">Waar moet de methode bij passen?</h2>
            <div class="rij">
            {FormParts.Input("minuten", "Beschikbare tijd (minuten)", filter.Minutes, filter.Errors, "text", "Bijvoorbeeld 90", "inputmode=\"numeric\" size=\"6\"")}
            {FormParts.Input("groep", "Aantal deelnemers", filter.GroupSize, filter.Errors, "text", "Bijvoorbeeld 8", "inputmode=\"numeric\" size=\"6\"")}
            {FormParts.Input("doel", "Woorden uit het doel", filter.Words, filter.Errors, "text", "Bijvoorbeeld: advies, feedback, reflectie")}
            </div>
            {FormParts.Checkbox("beginners", "Geschikt voor beginners", filter.Beginners)}
            <p><button type="submit">Filteren</button>{(filter.IsEmpty ? "" : $" <a href=\"{PageLayout.Chooser}\">Alle methoden tonen</a>")}</p>
            </form>
            <h2 id="resultaat" aria-live="polite">{(filter.IsEmpty ? $"Alle {data.Methods.Count} methoden" : filter.Errors.Any ? $"Alle {data.Methods.Count} methoden (verbeter eerst het filter)" : count)}</h2>
            {(fits.Count == 0 ? "<p>Geen methode past bij alle filters. Laat een filter weg of verruim de tijd.</p>" : "")}
            <ul class="methoden">
            {Html.Join(fits, Card)}
            </ul>
            """;
        return PageLayout.Page("Kiezen", PageLayout.Chooser, main);
    }

    private static string Card(Method method) => $"""
        <li class="methode">
        <h3><a href="/methoden/{Html.U(method.Id)}">{Html.E(method.Title)}</a></h3>
        {MethodSummary.TitleNote(method)}
        {MethodSummary.Purpose(method)}
        {MethodSummary.Facts(method)}
        {MethodSummary.Timeline(method)}
        <details><summary>De {method.Steps.Count} stappen</summary>{MethodSummary.StepList(method)}</details>
        </li>
        """;
}
