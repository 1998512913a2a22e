using IntervisieDocs.Model;

namespace IntervisieDocs.Web.Pages;

/// <summary>The schatkist downloads, and the question cards of every question bank.</summary>
internal static class TreasuryPage
{
    public static string Render(DataSet data)
    {
        var main = $"""
            <h1>De schatkist</h1>
            <p>Een boekje met alle {data.Methods.Count} methoden, de spelregels, de vragen en de werkbladen.</p>
            <h2>Downloaden (PDF)</h2>
            <ul class="downloads">
            <li><a href="/schatkist.pdf">Schatkist, A5-pagina's</a>: om op A5 te printen of op een scherm te lezen.</li>
            <li><a href="/schatkist-boekje.pdf">Schatkist als vouwboekje</a>: twee A5-pagina's per A4, dubbelzijdig printen en de korte zijde spiegelen; dan vouwen en nieten.</li>
            </ul>
            <h2>Methodekaarten</h2>
            <p>Eén kaart per methode: voorop de naam, waar ze voor dient, de tijd, de groepsgrootte en de rollen; achterop de stappen met hun minuten. Om op tafel uit te spreiden en samen een methode te kiezen.</p>
            <ul class="downloads">
            {Html.Join(Rendering.Catalogue.CardVariants, v => $"<li><a href=\"/schatkist/methodekaarten-{Html.U(v.Id)}.pdf\">{Html.E(v.Label)}</a></li>")}
            </ul>
            <h2>Vraagkaarten</h2>
            <ul class="downloads">
            {Html.Join(data.QuestionBanks, b => $"<li><a href=\"/vragen/{Html.U(b.Id)}/kaarten.pdf\">{Html.E(b.Title)}</a> (A6, 4 op A4)</li>")}
            </ul>
            """;
        return PageLayout.Page("Schatkist", PageLayout.Treasury, main);
    }
}
