using IntervisieDocs.Model;
using IntervisieDocs.Templating;
using IntervisieDocs.Web.Forms;
using IntervisieDocs.Web.Rendering;
using Markdig;

namespace IntervisieDocs.Web.Pages;

/// <summary>One method: its downloads (handout, card decks, worksheets blank or named) and its handout inline.</summary>
internal static class MethodPage
{
    /// <summary>Markdown from the data as HTML; raw HTML in the data is shown as text, never as markup.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Render(DataSet data, Method method, string antiforgery, string names = "", string sheet = "", FormErrors? errors = null)
    {
        errors ??= new FormErrors();
        var id = Html.U(method.Id);
        var sheets = Catalogue.SheetsOf(method);
        var main = $"""
            <p class="kruimel"><a href="{PageLayout.Chooser}">Kiezen</a> › {Html.E(method.Title)}</p>
            <h1>{Html.E(method.Title)}</h1>
            {MethodSummary.Purpose(method)}
            {MethodSummary.Facts(method)}
            {MethodSummary.Timeline(method)}
            <p><a class="knop" href="{PageLayout.Compose}?methode={id}">Een sessie samenstellen met deze methode</a></p>

            <section aria-labelledby="downloads">
            <h2 id="downloads">Downloaden (PDF)</h2>
            <div class="kolommen">
            <div>
            <h3>Handout</h3>
            <ul class="downloads"><li><a href="/methoden/{id}/handout.pdf">Handout van {Html.E(method.Title)}</a> (A4)</li></ul>
            <h3>Kaarten (A6)</h3>
            <ul class="downloads">
            {Html.Join(Catalogue.CardVariants, v => $"<li><a href=\"/methoden/{id}/kaarten-{v.Id}.pdf\">{Html.E(v.Label)}</a></li>")}
            </ul>
            </div>
            <div>
            <h3>Werkbladen, leeg</h3>
            <ul class="downloads">
            {Html.Join(sheets, k => $"<li><a href=\"/methoden/{id}/werkblad-{k.Id}.pdf\">{Html.E(SheetTitle(k.Id))}</a></li>")}
            </ul>
            <h3 id="met-namen">Werkbladen met namen</h3>
            <form method="post" action="/methoden/{id}/werkbladen" aria-labelledby="met-namen">
            {antiforgery}
            {FormParts.Select("soort", "Werkblad", sheet, sheets.Select(k => (k.Id, SheetTitle(k.Id))), errors)}
            {FormParts.TextArea("namen", "Namen, één per regel", names, errors, "Elke naam krijgt een eigen exemplaar met de naam ingevuld.", 5)}
            <p><button type="submit">Werkblad met namen downloaden</button></p>
            </form>
            </div>
            </div>
            </section>

            <section aria-labelledby="handout" class="handout">
            <h2 id="handout">De handout</h2>
            {Handout(data, method)}
            </section>
            """;
        return PageLayout.Page(method.Title, PageLayout.Chooser, main);
    }

    public static string SheetTitle(string kind) => kind switch
    {
        "casus" => "Casus voorbereiden",
        "zelftest" => "Zelf-intervisietest",
        "smart" => "SMART-actieplan",
        "krachtenveld" => "Krachtenveldanalyse",
        "wnk" => "Warm, neutraal of koud",
        "reflecting-team" => "Notities van het reflecting team",
        "luisteroefening" => "Luisteroefening",
        "modelling" => "Modelling: de ideale professional",
        "evaluatie" => "Evaluatie van de sessie",
        _ => kind,
    };

    private static string Section(TextSection section)
    {
        var list = section.Numbered ? "ol" : "ul";
        return (section.Title is { } title ? $"<h4>{Html.E(title)}</h4>{NoteBlock(section.Marks.For("titel"))}" : "")
            + Md(section.Text) + NoteBlock(section.Marks.For("tekst"))
            + (section.Items.Count > 0 ? $"<{list}>{Html.Join(section.Items, i => $"<li>{Html.E(i)}</li>")}</{list}>{NoteBlock(section.Marks.For("punten"))}" : "")
            + (section.Questions.Count > 0 ? $"<ul>{Html.Join(section.Questions, q => $"<li>{Html.E(q)}</li>")}</ul>{NoteBlock(section.Marks.For("vragen"))}" : "")
            + (section.Example is { } example ? $"<p><em>Voorbeeld:</em> {Html.E(example)}{Html.Notes(section.Marks.For("voorbeeld"))}</p>" : "")
            + Figure(section);
    }

    /// <summary>A figure kept only as its words (<c>figuur</c>), drawn as on paper: the first word in a frame, the others in frames below it.</summary>
    private static string Figure(TextSection section) => section.Figure.Count == 0 ? "" : $"""
        <figure class="woordfiguur"><div class="boven">{Html.E(section.Figure[0])}</div><div class="onder">{Html.Join(section.Figure.Skip(1), w => $"<div>{Html.E(w)}</div>")}</div>{Html.NotesIn("figcaption", section.Marks.For("figuur"))}</figure>
        """;

    /// <summary>The notes of a field printed as a block (Markdown text, a list): a paragraph of its own after it.</summary>
    private static string NoteBlock(IEnumerable<SourceMark> marks) => Html.NotesIn("p", marks);

    private static string Md(string? markdown) => markdown is null ? "" : Markdig.Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The handout's content (as <c>methode-inhoud.sbn</c> prints it) for reading on screen.</summary>
    private static string Handout(DataSet data, Method method)
    {
        var texts = method.TextIds.Select(data.FindText).OfType<TextDocument>().ToList();
        var roleName = method.Roles.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var steps = Html.Join(method.Steps, s => $"""
            <tr>
            <th scope="row">{s.Number}</th>
            <td><strong>{Html.E(s.Title)}</strong>{Html.Notes(s.Marks.For("titel"))}{(s.Optional ? "<br><em>eventueel</em>" : "")}{(s.RepeatsPerTopic ? "<br><em>per onderwerp</em>" : "")}</td>
            <td>{(s.Purpose is { } p ? $"<p><em>Doel: {Html.E(p)}</em>{Html.Notes(s.Marks.For("doel"))}</p>" : "")}{Md(s.Description)}{NoteBlock(s.Marks.For("beschrijving"))}{Html.Join(s.RoleInstructions, r => $"<p><strong>{Html.E(roleName.GetValueOrDefault(r.RoleId, r.RoleId))}:</strong></p>{Md(r.Text)}{NoteBlock(s.Marks.For($"rollen.{r.RoleId}"))}")}</td>
            <td class="getal">{(s.Minutes is { } m ? $"{m} min" : "–")}{Html.Notes(s.Marks.For("minuten"))}</td>
            </tr>
            """);
        var total = method.HasTimes
            ? $"<tfoot><tr><td></td><th scope=\"row\">Totaal</th><td>{(method.StepsWithoutTime.Count > 0 ? "Stappen zonder tijd tellen niet mee." : "")}</td><td class=\"getal\"><strong>{method.TotalMinutes} min</strong></td></tr></tfoot>"
            : "";
        return $"""
            <p class="bron"><strong>Bron:</strong> {Html.E(method.Source)}{Html.Notes(method.Marks.For("bron"))}{Html.Notes(method.Marks.For("titel"))}{Html.Corrections(TemplateModel.CorrectionsOf(method, data))}{(method.Materials.Count > 0 ? $"<br><strong>Materialen:</strong> {Html.E(string.Join(", ", method.Materials))}{Html.Notes(method.Marks.For("materialen"))}" : "")}</p>
            {Md(method.Introduction)}{NoteBlock(method.Marks.For("inleiding"))}
            {Html.Join(texts, t => $"<h3>{Html.E(t.Title)}</h3>{NoteBlock(t.Marks.For("titel"))}{Html.Join(t.Sections, Section)}")}
            <h3>Stappen</h3>
            <div class="tabel-rol"><table class="stappen">
            <caption class="verborgen">De stappen van {Html.E(method.Title)}</caption>
            <thead><tr><th scope="col">Nr</th><th scope="col">Stap</th><th scope="col">Wat gebeurt er en wie doet wat</th><th scope="col">Minuten</th></tr></thead>
            <tbody>{steps}</tbody>{total}
            </table></div>
            {(method.FollowUp is { } f ? $"<h3>{Html.E(f.Title)}</h3>{(f.Purpose is { } fp ? $"<p><em>Doel: {Html.E(fp)}</em></p>" : "")}{Md(f.Description)}" : "")}
            {(method.Roles.Any(r => r.Description is not null) ? $"<h3>Rollen</h3><ul>{Html.Join(method.Roles.Where(r => r.Description is not null), r => $"<li><strong>{Html.E(r.Name)}:</strong> {Html.E(r.Description)}</li>")}</ul>" : "")}
            """;
    }
}
