using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Sessions;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>
/// The session pack: everything for one meeting in one A4 PDF, a bookmark per part. Each part is the
/// product that makes it on its own (handout, cards, worksheets); their sections are put one after
/// the other. Cover, draaiboek and rules come from <c>pakket.sbn</c>.
/// </summary>
internal static class SessionPack
{
    public const string Template = "pakket";

    /// <summary>The worksheet a method has of its own, if any.</summary>
    public static WorksheetKind? OwnSheet(string methodId) => methodId switch
    {
        "reflecting-team" => WorksheetKinds.ReflectingTeam,
        "luisteroefening" => WorksheetKinds.Listening,
        "modelling" => WorksheetKinds.Modelling,
        "tienstappenmethode" or "socratische-methode" => WorksheetKinds.WarmNeutralCold,
        "krachtenveldanalyse" => WorksheetKinds.ForceField,
        _ => null,
    };

    public static Product Build(Session session, bool splits, ProductContext context, ITextMeasurer? measurer = null)
    {
        measurer ??= new TextMeasurer();
        var method = session.Method;
        var subgroups = Groups(session, splits);
        var title = $"Sessiepakket {session.Group}";
        var cover = Cover(session, splits, context);
        var sections = new List<Section>(cover.Document.Sections);
        var markdownParts = new List<string> { cover.Markdown };

        var handout = Handout.Build(method, context);
        sections.AddRange(handout.Document.Sections);
        markdownParts.Add(handout.Markdown);

        foreach (var group in subgroups)
        {
            var heading = subgroups.Count > 1 ? $"Stap- en rolkaarten, subgroep {group.Number}" : "Stap- en rolkaarten";
            var intro = $"# {heading}\n\nDe overzichtskaart is voor de gespreksleider{(group.Leader is { } l ? $" ({MarkdownText(l)})" : "")}; " +
                "leg de stapkaarten in volgorde op tafel en geef ieder de kaart van de eigen rol. Knip langs de snijlijnen.\n";
            sections.Add(new Section(PageStyles.A4(title), MarkdownProducts.Layout(Template, intro, PrintTheme.Default(10)), heading));
            var cards = CardProducts.ForMethod(method, context, new CardOptions(), measurer);
            sections.AddRange(cards.Document.Sections);
            markdownParts.Add(intro);
        }

        var sheets = new List<WorksheetKind> { WorksheetKinds.Casus, WorksheetKinds.Smart };
        if (OwnSheet(method.Id) is { } own)
        {
            sheets.Add(own);
        }

        sheets.Add(WorksheetKinds.Evaluation);
        foreach (var kind in sheets)
        {
            var options = new WorksheetOptions
            {
                Names = session.Participants,
                Copies = Math.Clamp(session.ParticipantCount, 1, WorksheetOptions.MaxCopies),
                Method = kind.UsesMethod ? method : null,
            };
            var sheet = Worksheet.Build(kind, options, context);
            sections.AddRange(sheet.Document.Sections);
            markdownParts.Add(sheet.Markdown);
        }

        var document = new DocumentModel(title, sections)
        {
            Subject = $"{method.Title}, {session.Date:yyyy-MM-dd}",
            Keywords = "intervisie, sessiepakket",
        };
        var fileName = $"pakket-{session.Date:yyyy-MM-dd}-{method.Id}";
        return new Product(fileName, string.Join("\n\n[[nieuwe-pagina]]\n\n", markdownParts.Select(m => m.TrimEnd())) + "\n", document);
    }

    /// <summary>The first part of the pack, from <c>pakket.sbn</c>: cover, draaiboek and rules.</summary>
    public static Product Cover(Session session, bool splits, ProductContext context)
    {
        var data = context.Data;

        var method = session.Method;
        var subgroups = Groups(session, splits);
        var rows = SessionPlan.Schedule(method, session.Start, session.Topics);
        var total = SessionPlan.TotalMinutes(rows);
        var sessie = new TemplateObject("sessie",
        [
            new("groep", session.Group),
            new("datum", session.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("begintijd", Clock(session.Start)),
            new("eindtijd", session.End is { } end ? Clock(end) : ""),
            new("klaar", Clock(session.Start.AddMinutes(total))),
            new("locatie", session.Location),
            new("methode", TemplateModel.Method(method, data)),
            new("gespreksleider", session.Leader),
            new("inbrenger", session.Presenter ?? ""),
            new("deelnemers", session.Participants.ToList()),
            new("aantal", session.ParticipantCount),
            new("onderwerpen", session.Topics),
            new("subgroepen", subgroups.Select(g => new TemplateObject("subgroep",
            [
                new("nummer", g.Number),
                new("grootte", g.Size),
                new("leden", g.Members.ToList()),
                new("gespreksleider", g.Leader ?? ""),
                new("inbrenger", g.Presenter ?? ""),
            ])).ToList()),
            new("waarschuwingen", SessionPlan.Warnings(session, splits).ToList()),
            new("draaiboek", rows.Select(r => new TemplateObject("rij",
            [
                new("nummer", r.Number),
                new("titel", r.Title),
                new("minuten", r.Minutes),
                new("start", Clock(r.Start)),
                new("einde", Clock(r.End)),
                new("eventueel", r.Optional),
                new("onderwerp", r.Topic),
            ])).ToList()),
            new("totaal", total),
            new("totaal_zonder_eventueel", rows.Where(r => !r.Optional).Sum(r => r.Minutes ?? 0)),
        ]);
        var variables = TemplateModel.Variables([.. TemplateModel.Library(data), ("sessie", sessie)]);
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, PrintTheme.Default(10));
        var title = $"Sessiepakket {session.Group}";
        return new Product("pakket", markdown, new DocumentModel(title, [new Section(PageStyles.A4(title), content, "Sessie")]));

    }

    private static IReadOnlyList<Subgroup> Groups(Session session, bool splits) =>
        splits ? SessionPlan.Subgroups(session) : [new Subgroup(1, session.ParticipantCount, session.Participants, session.Leader, session.Presenter)];

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string MarkdownText(string text) => DutchFilters.Md(text);
}
