using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Model;
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

    /// <param name="duplex">
    /// Double-sided (the default): the handout, every card sheet and every worksheet starts on an odd
    /// page, behind a page marked as intentionally blank where needed. False: one page after the other.
    /// </param>
    public static Product Build(Session session, bool splits, ProductContext context, ITextMeasurer? measurer = null, bool duplex = true)
    {
        measurer ??= new TextMeasurer();
        var method = session.Method;
        var subgroups = Groups(session, splits);
        var title = $"Sessiepakket {session.Group}";
        var cover = Cover(session, splits, context);

        // The designed cover, then the print guide on the next page (the back of the cover when
        // printed double-sided), then the draaiboek and the rules.
        var sections = new List<Section>(cover.Document.Sections);
        var guideIndex = 1;
        sections.Insert(guideIndex, new Section(PageStyles.A4(title), new Spacer(0), "Afdrukwijzer"));
        var markdownParts = new List<string> { cover.Markdown };
        var parts = new List<PrintPart> { new("Voorblad, afdrukwijzer, draaiboek en spelregels", 0, "voor de gespreksleider") };

        var handout = Handout.Build(method, context);
        parts.Add(new("Handout", sections.Count, $"één per deelnemer: {session.ParticipantCount}×"));
        sections.AddRange(handout.Document.Sections.Select(s => s with { StartsOnOddPage = duplex }));
        markdownParts.Add(handout.Markdown);

        foreach (var group in subgroups)
        {
            var name = subgroups.Count > 1 ? $"Stap- en rolkaarten, subgroep {group.Number}" : "Stap- en rolkaarten";
            var leader = group.Leader is { } l ? $" ({l})" : "";
            parts.Add(new(name, sections.Count,
                "enkelzijdig op stevig papier of karton (160–250 g/m²), op ware grootte (100 %); knippen langs de snijlijnen. " +
                $"De overzichtskaart is voor de gespreksleider{leader}; leg de stapkaarten in volgorde op tafel en geef ieder de kaart van de eigen rol."));
            var cards = CardProducts.ForMethod(method, context, new CardOptions(), measurer);
            sections.AddRange(cards.Document.Sections.Select((s, i) => i == 0 ? s with { StartsOnOddPage = duplex, Bookmark = name, OutlineOffset = 1 } : s with { OutlineOffset = 1 }));
        }

        var sheets = new List<WorksheetKind> { WorksheetKinds.Casus, WorksheetKinds.Smart };
        if (OwnSheet(method.Id) is { } own)
        {
            sheets.Add(own);
        }

        sheets.Add(WorksheetKinds.Evaluation);
        var copies = sheets.Select(kind =>
        {
            var options = new WorksheetOptions
            {
                Names = session.Participants,
                Copies = Math.Clamp(session.ParticipantCount, 1, WorksheetOptions.MaxCopies),
                Method = kind.UsesMethod ? method : null,
            };
            var sheet = Worksheet.Build(kind, options, context);
            markdownParts.Add(sheet.Markdown);
            return sheet.Document.Sections;
        }).ToList();

        // A set per participant (all their sheets together), each sheet on a front page; the bookmark
        // is the participant's name, the sheets' titles under it.
        parts.Add(new(session.Participants.Count > 0 ? $"Werkbladen per deelnemer ({string.Join(", ", session.Participants)})" : "Werkbladen per deelnemer",
            sections.Count, $"{copies[0].Count} sets van {copies.Count} werkbladen; elk werkblad begint op een voorkant"));
        for (var person = 0; person < copies[0].Count; person++)
        {
            var name = person < session.Participants.Count ? session.Participants[person] : $"Deelnemer {person + 1}";
            sections.AddRange(copies.Select((kind, k) => kind[person] with
            {
                StartsOnOddPage = duplex,
                OutlineOffset = 1,
                Bookmark = k == 0 ? name : null,
            }));
        }

        var metadata = (Subject: $"{method.Title}, {session.Date:yyyy-MM-dd}", Keywords: "intervisie, sessiepakket");
        DocumentModel Document(Element guide) => new(title, [.. sections.Select((s, i) => i == guideIndex ? s with { Content = guide } : s)])
        {
            Subject = metadata.Subject,
            Keywords = metadata.Keywords,
        };

        // The guide's lines have the same count whatever the page numbers: lay it out with the
        // part names only, read where each part starts, then put the real lines in.
        var guideLines = PrintGuide.Lines(Document(GuidePage(context, parts.Select(p => p.Name + " (pagina's 00–00): " + p.Instruction).Prepend("x").ToList()).Content), parts, duplex, measurer);
        var (guideMarkdown, guide) = GuidePage(context, guideLines);
        var document = Document(guide);
        var fileName = $"pakket-{session.Date:yyyy-MM-dd}-{method.Id}";
        markdownParts.Insert(0, guideMarkdown);
        return new Product(fileName, string.Join("\n\n[[nieuwe-pagina]]\n\n", markdownParts.Select(m => m.TrimEnd())) + "\n", document)
        {
            Notes = guideLines,
        };
    }

    /// <summary>The template of the print guide's page (<c>afdrukwijzer.sbn</c>): given its lines, in pack order.</summary>
    public const string GuideTemplate = "afdrukwijzer";

    /// <summary>The print guide's page from <c>afdrukwijzer.sbn</c>, one item per line.</summary>
    private static (string Markdown, Element Content) GuidePage(ProductContext context, IReadOnlyList<string> lines) =>
        MarkdownProducts.Render(context.Templates, GuideTemplate, TemplateModel.Variables(("regels", lines.ToList())), PrintTheme.Default(10));

    /// <summary>
    /// The first part of the pack: the designed cover (<see cref="CoverPage"/>, no page number), then
    /// from <c>pakket.sbn</c> the draaiboek and the rules.
    /// </summary>
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
            new("waarschuwingen", PaperWarnings(session, splits).ToList()),
            new("draaiboek", rows.Select(r => ScheduleRowModel(r, method)).ToList()),
            new("totaal", total),
            new("totaal_zonder_eventueel", rows.Where(r => !r.Optional).Sum(r => r.Minutes ?? 0)),
        ]);
        var variables = TemplateModel.Variables([.. TemplateModel.Library(data), ("sessie", sessie)]);
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, PrintTheme.Default(10), new Design.SessionFigures(data, method, rows));
        var title = $"Sessiepakket {session.Group}";
        var coverSection = new Section(new PageSetup(PageSetup.A4, default), CoverPage(session, subgroups, total, splits), "Voorblad")
        {
            Bookmark = $"Sessiepakket: {session.Group}",
        };
        return new Product("pakket", markdown, new DocumentModel(title, [coverSection, new Section(PageStyles.A4(title), content, "Sessie")]));
    }

    /// <summary>One row of the draaiboek for <c>pakket.sbn</c>, with its step's notes and who is at work in it.</summary>
    private static TemplateObject ScheduleRowModel(ScheduleRow r, Method method)
    {
        var step = method.Steps.First(s => s.Number == r.Number);
        return new("rij",
        [
            new("nummer", r.Number),
            new("titel", r.Title),
            new("minuten", r.Minutes),
            new("start", Clock(r.Start)),
            new("einde", Clock(r.End)),
            new("eventueel", r.Optional),
            new("onderwerp", r.Topic),
            new("herkomst", SourceNotes.Fields(step.Marks, SourceNotes.StepFields)),
            new("wie", Who(step, method)),
        ]);
    }

    /// <summary>
    /// Who is at work in <paramref name="step"/>: the roles it gives an instruction or its title and
    /// description name (the data's words, <see cref="RoleSentences"/>), in the method's order; "–"
    /// when the step names none.
    /// </summary>
    internal static string Who(Step step, Method method)
    {
        var text = $"{step.Title}. {step.Description}";
        var roles = method.Roles.Where(r => step.RoleInstructions.Any(i => i.RoleId == r.Id) || RoleSentences.Names(text, RoleSentences.Forms(r))).ToList();
        return roles.Count == 0 ? "–" : string.Join(", ", roles.Select(Design.MethodFigures.RoleName));
    }


    /// <summary>The A4 scale of a cover designed for A5: type and spacing about 1.3 times as large.</summary>
    private const double CoverScale = 1.3;

    /// <summary>
    /// The pack's cover as a checklist the trainer reads at a glance: date, time, place, method,
    /// gespreksleider, inbrenger and participants, each after its pictogram.
    /// </summary>
    private static CoverPage CoverPage(Session session, IReadOnlyList<Subgroup> subgroups, int total, bool splits)
    {
        var method = session.Method;
        var time = Clock(session.Start) + (session.End is { } end ? "–" + Clock(end) : "") + $" · klaar volgens het draaiboek om {Clock(session.Start.AddMinutes(total))}";
        var people = session.Participants.Count > 0 ? string.Join(", ", session.Participants) : "namen niet opgegeven";
        var facts = new List<CoverFact>
        {
            new(null, "Datum", DutchFilters.Datum(session.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            new(PictogramKind.Clock, "Tijd", time),
            new(null, "Plaats", session.Location),
            new(PictogramKind.ChairCircle, "Methode", $"{method.Title} · {(method.HasTimes ? Design.MethodFigures.Duration(method) + " · " : "")}{Design.MethodFigures.GroupSize(method.GroupSize)}"),
            new(PictogramKind.Leader, "Gespreksleider", session.Leader),
            new(PictogramKind.Presenter, "Inbrenger", session.Presenter ?? "nog te kiezen"),
            new(PictogramKind.Group, $"Deelnemers ({session.ParticipantCount})", people),
        };
        if (subgroups.Count > 1)
        {
            facts.Add(new(PictogramKind.Group, "Subgroepen", $"{subgroups.Count} subgroepen van {SessionPlan.Sizes([.. subgroups.Select(g => g.Size)])}, elk met eigen gespreksleider en inbrenger (zie het draaiboek)"));
        }

        if (PaperWarnings(session, splits).Count > 0)
        {
            facts.Add(new(null, "Let op", "zie de opmerkingen bij het draaiboek"));
        }

        return new CoverPage(
            session.Group,
            method.Purpose,
            "Sessiepakket",
            [],
            facts,
            "In dit pakket: de afdrukwijzer (volgende pagina), het draaiboek met kloktijden, de spelregels, de handout, de stap- en rolkaarten en per deelnemer een set werkbladen met naam.",
            CoverScale);
    }

    /// <summary>The session's warnings as the paper shows them: without the command-line hint.</summary>
    private static IReadOnlyList<string> PaperWarnings(Session session, bool splits) =>
        [.. SessionPlan.Warnings(session, splits).Select(w => w.Replace(SessionPlan.SplitsHint, "", StringComparison.Ordinal))];

    private static IReadOnlyList<Subgroup> Groups(Session session, bool splits) =>
        splits ? SessionPlan.Subgroups(session) : [new Subgroup(1, session.ParticipantCount, session.Participants, session.Leader, session.Presenter)];

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
