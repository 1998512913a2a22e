using IntervisieDocs.Model;
using IntervisieDocs.Sessions;
using IntervisieDocs.Web.Forms;

namespace IntervisieDocs.Web.Pages;

/// <summary>
/// Sessie samenstellen: the session form, and beside it the draaiboek, the warnings and the subgroups
/// as <see cref="SessionPlan"/> computes them for <c>intervisie pakket</c>.
/// </summary>
internal static class SessionPage
{
    public const string PreviewPath = "/sessie/voorbeeld";
    public const string UploadPath = "/sessie/laden";

    public static string Render(DataSet data, SessionForm form, Session? session, FormErrors errors, string antiforgery, bool showErrors)
    {
        var shown = showErrors ? errors : new FormErrors();
        var methods = data.Methods.Select(m => (m.Id, $"{m.Title} ({MethodSummary.Minutes(m)}, {Html.Range(m.GroupSize.Min, m.GroupSize.Max)} personen)"));
        var main = $"""
            <h1>Een sessie samenstellen</h1>
            <p>Vul de gegevens van de bijeenkomst in. Het draaiboek met kloktijden verschijnt zodra de gegevens kloppen;
            daarna download je het sessiepakket: voorblad, draaiboek, spelregels, handout, kaarten en werkbladen met namen, in één PDF.</p>
            {FormParts.Summary(shown)}
            <div class="samenstellen">
            <form method="post" action="{PageLayout.Compose}" id="sessie" class="sessie" data-voorbeeld="{PreviewPath}">
            {antiforgery}
            <fieldset><legend>De bijeenkomst</legend>
            {FormParts.Input("groep", "Groep", form["groep"], shown, hint: "De naam van de intervisiegroep; hij staat in de kop van elke pagina.")}
            <div class="rij">
            {FormParts.Input("datum", "Datum", form["datum"], shown, hint: "Als jjjj-mm-dd, bijvoorbeeld 2026-12-03", extra: "size=\"11\"")}
            {FormParts.Input("begintijd", "Begintijd", form["begintijd"], shown, hint: "Als uu:mm, bijvoorbeeld 13:30", extra: "size=\"6\"")}
            {FormParts.Input("eindtijd", "Eindtijd (niet verplicht)", form["eindtijd"], shown, hint: "Als uu:mm", extra: "size=\"6\"")}
            </div>
            {FormParts.Input("locatie", "Plaats", form["locatie"], shown)}
            {FormParts.Select("methode", "Methode", form["methode"], methods, shown, "— kies een methode —")}
            </fieldset>
            <fieldset><legend>De mensen</legend>
            {FormParts.Input("gespreksleider", "Gespreksleider", form["gespreksleider"], shown)}
            {FormParts.Input("inbrenger", "Inbrenger (niet verplicht)", form["inbrenger"], shown)}
            {FormParts.TextArea("deelnemers", "Deelnemers", form["deelnemers"], shown, "Eén naam per regel (elke naam krijgt eigen werkbladen), of alleen het aantal deelnemers.", 8)}
            {FormParts.Input("onderwerpen", "Aantal onderwerpen (niet verplicht)", form["onderwerpen"], shown, hint: "Voor methoden met stappen per onderwerp, zoals snelle adviesrondes; standaard 1.", extra: "inputmode=\"numeric\" size=\"4\"")}
            {FormParts.Checkbox("splits", "Een te grote groep in subgroepen splitsen", form.Splits, "Elke subgroep krijgt eigen kaarten en een eigen gespreksleider en inbrenger.")}
            </fieldset>
            <fieldset><legend>Afdrukken</legend>
            {FormParts.Checkbox("enkelzijdig", "Enkelzijdig afdrukken", form.SingleSided, "Standaard is het pakket gemaakt om dubbelzijdig te printen: elke deelnemer en elk werkblad begint op een voorkant, met zo nodig een pagina die bewust leeg is. Vink dit aan als je printer alleen enkelzijdig print; dan vervallen die lege pagina's.")}
            </fieldset>
            <div class="knoppen">
            <button type="submit" name="actie" value="bijwerken">Draaiboek bijwerken</button>
            <button type="submit" name="actie" value="pakket" class="hoofd">Sessiepakket downloaden (PDF)</button>
            <button type="submit" name="actie" value="yaml">Opslaan als sessie.yaml</button>
            </div>
            </form>
            <p id="voorbeeld-status" class="verborgen" role="status"></p>
            <section id="voorbeeld" class="voorbeeld" aria-labelledby="draaiboek-kop">
            {PreviewHtml(session, errors, form.Splits)}
            </section>
            </div>
            <section class="laden" aria-labelledby="laden-kop">
            <h2 id="laden-kop">Verder met een sessiebestand</h2>
            <form method="post" action="{UploadPath}" enctype="multipart/form-data">
            {antiforgery}
            <div class="veld"><label for="bestand">Sessiebestand (sessie.yaml)</label>
            <input id="bestand" name="bestand" type="file" accept=".yaml,.yml,text/yaml"></div>
            <p><button type="submit">Laden</button></p>
            </form>
            </section>
            """;
        return PageLayout.Page("Sessie samenstellen", PageLayout.Compose, main, withScript: true);
    }

    /// <summary>The draaiboek, warnings and subgroups; also what the page's script fetches on every change.</summary>
    /// <summary>The draaiboek fragment the script fetches while the trainer types; set like a whole page.</summary>
    public static string Preview(Session? session, FormErrors errors, bool splits) => HtmlPunctuation.Apply(PreviewHtml(session, errors, splits));

    private static string PreviewHtml(Session? session, FormErrors errors, bool splits)
    {
        if (session is null)
        {
            var count = errors.General.Count + errors.Fields.Sum(f => errors.For(f).Count);
            return $"""
                <h2 id="draaiboek-kop">Draaiboek</h2>
                <p>Het draaiboek verschijnt zodra de gegevens kloppen{(count > 0 ? $"; nog {(count == 1 ? "1 punt" : $"{count} punten")} om aan te vullen of te verbeteren" : "")}.</p>
                {(count > 0 ? $"<ul class=\"nog\">{Html.Join(errors.General, m => $"<li>{Html.E(m)}</li>")}{Html.Join(errors.Fields, f => Html.Join(errors.For(f), m => $"<li>{Html.E(m)}</li>"))}</ul>" : "")}
                """;
        }

        var rows = SessionPlan.Schedule(session.Method, session.Start, session.Topics);
        var total = SessionPlan.TotalMinutes(rows);
        var warnings = SessionPlan.Warnings(session, splits).Select(ForTheWeb).ToList();
        var groups = session.ParticipantCount > session.Method.GroupSize.Max ? SessionPlan.Subgroups(session) : [];
        var table = Html.Join(rows, r => $"""
            <tr{(r.Optional ? " class=\"eventueel\"" : "")}>
            <td class="tijd">{Clock(r.Start)}–{Clock(r.End)}</td>
            <th scope="row">{r.Number}. {Html.E(r.Title)}{(r.Topic is { } t ? $" <span class=\"min\">(onderwerp {t})</span>" : "")}{(r.Optional ? " <span class=\"min\">(eventueel)</span>" : "")}</th>
            <td class="getal">{(r.Minutes is { } m ? $"{m} min" : "–")}</td>
            </tr>
            """);
        return $"""
            <h2 id="draaiboek-kop">Draaiboek</h2>
            <p class="samenvatting">{Html.E(session.Method.Title)}, {session.Date:yyyy-MM-dd}, {Clock(session.Start)}–{Clock(session.Start.AddMinutes(total))} ({total} min){(session.End is { } end ? $"; eindtijd {Clock(end)}" : "")}.
            {session.ParticipantCount} deelnemers; gespreksleider {Html.E(session.Leader)}{(session.Presenter is { } p ? $", inbrenger {Html.E(p)}" : "")}.</p>
            <div class="tabel-rol"><table class="draaiboek">
            <caption class="verborgen">Draaiboek met kloktijden</caption>
            <thead><tr><th scope="col">Tijd</th><th scope="col">Stap</th><th scope="col">Minuten</th></tr></thead>
            <tbody>{table}</tbody>
            </table></div>
            {(warnings.Count > 0 ? $"<h3>Let op</h3><ul class=\"waarschuwingen\">{Html.Join(warnings, w => $"<li>{Html.E(w)}</li>")}</ul>" : "")}
            {(groups.Count > 1 ? Subgroups(groups, splits) : "")}
            """;
    }

    private static string Subgroups(IReadOnlyList<Subgroup> groups, bool splits) => $"""
        <h3>{(splits ? "Subgroepen" : "Voorstel: subgroepen")}</h3>
        <ol class="subgroepen">
        {Html.Join(groups, g => $"<li><strong>Subgroep {g.Number}</strong> ({g.Size} personen){(g.Members.Count > 0 ? $": {Html.E(string.Join(", ", g.Members))}" : "")}{(g.Leader is { } l ? $"; gespreksleider {Html.E(l)}" : "")}{(g.Presenter is { } p ? $", inbrenger {Html.E(p)}" : "")}</li>")}
        </ol>
        {(splits ? "" : "<p>Vink ‘Een te grote groep in subgroepen splitsen’ aan om het pakket zo te maken.</p>")}
        """;

    /// <summary>The command line's warning, with its hint about the option in words of this page.</summary>
    private static string ForTheWeb(string warning) =>
        warning.Replace(" (gebruik --splits)", " (vink ‘Een te grote groep in subgroepen splitsen’ aan)", StringComparison.Ordinal);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
