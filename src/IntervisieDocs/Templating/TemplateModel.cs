using IntervisieDocs.Model;

namespace IntervisieDocs.Templating;

/// <summary>
/// The model as templates see it: Dutch field names (templates are written by Dutch trainers and
/// coordinators), every field present (also when empty), and computed values such as totals.
/// Literal text stays literal: templates pass it through the <c>md</c> function. Markdown fields
/// (descriptions, instructions, introductions) keep their Markdown, but our print syntax in them is
/// made literal (<see cref="MarkdownText.Safe"/>): data cannot break a page or open a container.
/// </summary>
internal static class TemplateModel
{
    public static TemplateObject Method(Method method, DataSet data) => new("methode",
    [
        new("id", method.Id),
        new("titel", method.Title),
        new("doel", method.Purpose),
        new("inleiding", MarkdownText.Safe(method.Introduction)),
        new("bron", method.Source),
        new("seed", method.Seed),
        new("groepsgrootte", new TemplateObject("groepsgrootte",
        [
            new("min", method.GroupSize.Min),
            new("max", method.GroupSize.Max),
            // The source's own words may come from the data: literal text, like every data field.
            new("tekst", DutchFilters.Md(GroupSizeText(method.GroupSize))),
            new("richtlijn", method.GroupSize.IsGuideline),
        ])),
        new("rollen", method.Roles.Select(r => Role(r, method)).ToList()),
        new("materialen", method.Materials.ToList()),
        new("tags", method.Tags.ToList()),
        new("voor_beginners", method.ForBeginners),
        new("heeft_tijden", method.HasTimes),
        new("minuten", method.HasTimes ? method.TotalMinutes : null),
        new("minuten_zonder_optioneel", method.HasTimes ? method.TotalMinutesWithoutOptional : null),
        new("totaal_volgens_bron", method.StatedTotalMinutes),
        new("totaal_wijkt_af", method.StatedTotalMinutes is { } stated && method.HasTimes && stated != method.TotalMinutes),
        new("heeft_optionele_stappen", method.Steps.Any(s => s.Optional)),
        new("heeft_herhaling", method.Steps.Any(s => s.RepeatsPerTopic)),
        new("minuten_per_onderwerp", method.Steps.Where(s => s.RepeatsPerTopic).Sum(s => s.Minutes ?? 0)),
        new("stappen_zonder_tijd", method.HasTimes ? method.StepsWithoutTime.Select(s => s.Number).ToList() : []),
        new("herhaling", Repetition(method)),
        new("stappen", method.Steps.Select(s => Step(s, method, data)).ToList()),
        new("vervolg", method.FollowUp is { } f ? new TemplateObject("vervolg",
        [
            new("titel", f.Title),
            new("doel", f.Purpose),
            new("beschrijving", MarkdownText.Safe(f.Description)),
        ]) : null),
        new("vragenbanken", QuestionBanks(QuestionBanksOf(method, data))),
        new("teksten", Texts(method.TextIds.Select(data.FindText).OfType<TextDocument>())),
        new("herkomst", SourceNotes.Fields(method.Marks, SourceNotes.MethodFields)),
        new("verbeteringen", SourceNotes.Corrections(CorrectionsOf(method, data))),
    ]);

    /// <summary>
    /// Every mark printed with a method and where it is: its own, its steps' ("stap 3"), the question
    /// banks its steps print ("stap 2", where first used) and its texts (by title), so the list of
    /// corrections under the method's source is complete for what the method prints.
    /// </summary>
    public static IEnumerable<(SourceMark Mark, string Place)> CorrectionsOf(Method method, DataSet data) =>
        method.Marks.Select(m => (m, ""))
            .Concat(method.Steps.SelectMany(s => s.Marks.Select(m => (m, $"stap {s.Number}"))))
            .Concat(QuestionBanksOf(method, data).SelectMany(b => b.Marks.Select(m =>
                (m, $"stap {method.Steps.First(s => s.QuestionBankIds.Contains(b.Id)).Number}"))))
            .Concat(method.TextIds.Select(data.FindText).OfType<TextDocument>()
                .SelectMany(t => t.Marks.Concat(t.Sections.SelectMany(x => x.Marks)).Select(m => (m, t.Title))));

    /// <summary>The marks of a method and of all its steps.</summary>
    public static IEnumerable<SourceMark> AllMarks(Method method) => method.Marks.Concat(method.Steps.SelectMany(s => s.Marks));

    public static TemplateObject Step(Step step, Method method, DataSet data)
    {
        var start = StartMinute(step, method);
        return new("stap",
        [
            new("nummer", step.Number),
            new("titel", step.Title),
            new("minuten", step.Minutes),
            new("doel", step.Purpose),
            new("beschrijving", MarkdownText.Safe(step.Description)),
            new("rollen", step.RoleInstructions.Select(r => new TemplateObject("rolinstructie",
            [
                new("id", r.RoleId),
                new("naam", method.FindRole(r.RoleId)?.Name ?? r.RoleId),
                new("tekst", MarkdownText.Safe(r.Text)),
                new("herkomst", SourceNotes.Markdown(step.Marks.For($"rollen.{r.RoleId}"))),
            ])).ToList()),
            new("herkomst", SourceNotes.Fields(step.Marks, SourceNotes.StepFields)),
            new("vragen", step.QuestionBankIds.Select(data.FindQuestionBank).OfType<QuestionBank>().Select(QuestionBank).ToList()),
            new("vragen_niet_in_tekst", step.QuestionBankIds.Select(data.FindQuestionBank).OfType<QuestionBank>()
                .Where(b => !AllIn(b, step.Description))
                .Select(b => IntroductionIn(b, step.Description) ? b with { Introduction = null } : b)
                .Select(QuestionBank).ToList()),
            new("optioneel", step.Optional),
            new("herhaalt_per_onderwerp", step.RepeatsPerTopic),
            new("start", start),
            new("einde", start + (step.Minutes ?? 0)),
        ]);
    }

    public static TemplateObject QuestionBank(QuestionBank bank) => new("vragenbank",
    [
        new("id", bank.Id),
        new("titel", bank.Title),
        new("bron", bank.Source),
        new("inleiding", MarkdownText.Safe(bank.Introduction)),
        new("vragen", bank.Questions.ToList()),
        new("aantal_vragen", bank.Questions.Count + bank.Groups.Sum(g => g.Questions.Count)),
        new("groepen", bank.Groups.Select(g => new TemplateObject("vragengroep",
        [
            new("titel", g.Title),
            new("vragen", g.Questions.ToList()),
        ])).ToList()),
        new("afsluiting", MarkdownText.Safe(bank.Closing)),
        new("herkomst", SourceNotes.Fields(bank.Marks, SourceNotes.BankFields)),
        new("verbeteringen", SourceNotes.Corrections(bank.Marks)),
    ]);

    public static TemplateObject Text(TextDocument text) => new("tekst",
    [
        new("id", text.Id),
        new("titel", text.Title),
        new("bron", text.Source),
        new("seed", text.Seed),
        new("soort", TextKindName(text.Kind)),
        new("secties", text.Sections.Select(Section).ToList()),
        new("voorbeeld_actie", text.ExampleAction),
        new("herkomst", SourceNotes.Fields(text.Marks, SourceNotes.TextFields)),
        new("verbeteringen", SourceNotes.Corrections(text.Marks.Concat(text.Sections.SelectMany(s => s.Marks)))),
    ]);

    public static TemplateObject Section(TextSection section) => new("sectie",
    [
        new("titel", section.Title),
        new("tekst", MarkdownText.Safe(section.Text)),
        new("punten", section.Items.ToList()),
        new("genummerd", section.Numbered),
        new("vragen", section.Questions.ToList()),
        new("voorbeeld", section.Example),
        new("letter", section.Letter),
        new("figuur", section.Figure.ToList()),
        new("herkomst", SourceNotes.Fields(section.Marks, SourceNotes.SectionFields)),
    ]);

    /// <summary>
    /// All data by id, for templates that combine several files (the worksheets):
    /// <c>teksten["goede-casus"]</c>, <c>vragenbanken["zelf-intervisietest"]</c>, <c>methoden["modelling"]</c>.
    /// An unknown id is an error that lists the known ones.
    /// </summary>
    public static (string Name, object? Value)[] Library(DataSet data) =>
    [
        ("teksten", Texts(data.Texts)),
        ("vragenbanken", QuestionBanks(data.QuestionBanks)),
        ("methoden", Methods(data.Methods, data)),
    ];

    /// <summary>Methods as a template sees them: in order for a loop, and by id (<see cref="TemplateList"/>).</summary>
    public static TemplateList Methods(IEnumerable<Method> methods, DataSet data) =>
        new("methoden", methods.Select(m => (m.Id, (object?)Method(m, data))));

    public static TemplateList QuestionBanks(IEnumerable<QuestionBank> banks) =>
        new("vragenbanken", banks.Select(b => (b.Id, (object?)QuestionBank(b))));

    public static TemplateList Texts(IEnumerable<TextDocument> texts) =>
        new("teksten", texts.Select(t => (t.Id, (object?)Text(t))));

    /// <summary>Whether every question of the bank already stands in the text (the source often writes them out in the step).</summary>
    private static bool AllIn(QuestionBank bank, string? text) =>
        text is not null && bank.Groups.Count == 0 && bank.Questions.Count > 0 &&
        bank.Questions.All(q => Normalize(text).Contains(Normalize(q), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the bank's introduction already stands in the step's text (seed 001 repeats the step's
    /// sentence above its example questions): printed once, not twice.
    /// </summary>
    private static bool IntroductionIn(QuestionBank bank, string? text) =>
        text is not null && bank.Introduction is { } introduction &&
        Normalize(text).Contains(Normalize(introduction), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static TemplateObject Role(Role role, Method method) => new("rol",
    [
        new("id", role.Id),
        new("naam", role.Name),
        new("beschrijving", role.Description),
        // The source often says what a role does in a step or the introduction (seed 001: "De leider
        // bewaakt de tijd en de stappen."): a list of roles beneath would print the sentence twice.
        new("staat_in_tekst", role.Description is { } d && StandsInText(d, method)),
    ]);

    /// <summary>Whether the sentence already stands in the method's introduction or in one of its steps.</summary>
    private static bool StandsInText(string sentence, Method method) =>
        new[] { method.Introduction }.Concat(method.Steps.Select(s => s.Description))
            .Concat(method.Steps.SelectMany(s => s.RoleInstructions.Select(r => r.Text)))
            .Any(t => t is not null && Normalize(t).Contains(Normalize(sentence), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A role in a method, with what it does in each step: the step's instruction for the role
    /// (<c>tekst</c>, from <c>rollen.&lt;id&gt;</c>) and the sentences of the step's description that
    /// name the role (<c>zinnen</c>, word for word, see <see cref="RoleSentences"/>), each with its
    /// source notes. <c>heeft_taken</c>: some step has either.
    /// </summary>
    public static TemplateObject RoleInMethod(Role role, Method method, DataSet data)
    {
        var forms = RoleSentences.Forms(role);
        var steps = method.Steps.Select(s => (Step: s, Part: RoleInStep(s, role, forms, data))).ToList();
        var withPart = steps.Where(s => s.Part.HasPart).Select(s => s.Part.Model).ToList();
        return new("rol",
        [
            new("id", role.Id),
            new("naam", role.Name),
            new("beschrijving", role.Description),
            new("heeft_taken", withPart.Count > 0),
            new("stappen", steps.Select(s => s.Part.Model).ToList()),
            new("stappen_met_taak", withPart),
            new("stappen_zonder_taak", StepNumbers.Format(steps.Where(s => !s.Part.HasPart).Select(s => s.Step.Number))),
        ]);
    }

    /// <summary>The role's part in one step, and whether it has one (an instruction or a sentence that names it).</summary>
    private static (TemplateObject Model, bool HasPart) RoleInStep(Step s, Role role, IReadOnlyList<string> forms, DataSet data)
    {
        var instruction = MarkdownText.Safe(s.RoleInstructions.FirstOrDefault(r => r.RoleId == role.Id)?.Text);
        var sentences = MarkdownText.Safe(RoleSentences.Excerpt(s.Description, forms));
        var hasPart = !string.IsNullOrWhiteSpace(instruction) || sentences.Length > 0;
        return (new TemplateObject("roltaak",
        [
            new("nummer", s.Number),
            new("titel", s.Title),
            new("titel_is_nummer", s.Title == $"Stap {s.Number}"),
            new("minuten", s.Minutes),
            new("optioneel", s.Optional),
            new("herhaalt_per_onderwerp", s.RepeatsPerTopic),
            new("tekst", instruction),
            new("herkomst", SourceNotes.Markdown(s.Marks.For($"rollen.{role.Id}"))),
            new("zinnen", sentences),
            new("zinnen_herkomst", sentences.Length == 0 ? "" : SourceNotes.Markdown(s.Marks.For("beschrijving").Where(m => RoleSentences.NoteConcerns(m.Note, sentences, s.Description!)))),
            new("heeft_deel", hasPart),
            new("titel_herkomst", SourceNotes.Markdown(s.Marks.For("titel"))),
            new("vragen", s.QuestionBankIds.Select(data.FindQuestionBank).OfType<QuestionBank>().Select(QuestionBank).ToList()),
        ]), hasPart);
    }

    /// <summary>One question of a bank, numbered through the whole bank (groups included).</summary>
    public static IReadOnlyList<TemplateObject> Questions(QuestionBank bank)
    {
        var all = bank.Questions.Select(q => (Text: q, Group: (string?)null))
            .Concat(bank.Groups.SelectMany(g => g.Questions.Select(q => (Text: q, Group: (string?)g.Title))))
            .ToList();
        return [.. all.Select((q, i) => new TemplateObject("vraag",
        [
            new("nummer", i + 1),
            new("aantal", all.Count),
            new("tekst", q.Text),
            new("groep", q.Group),
        ]))];
    }

    public static TemplateVariables Variables(params (string Name, object? Value)[] variables) => new(variables);

    /// <summary>The word the data files use for a text's kind (<c>regels</c>, <c>uitleg</c>, <c>voorbeelden</c>).</summary>
    public static string TextKindName(TextKind kind) => TextKinds.Word(kind);

    /// <summary>The source's own words when the data has them; else "4–7 deelnemers", or "6 deelnemers" when min and max agree.</summary>
    public static string GroupSizeText(GroupSize size) =>
        size.Wording ?? (size.Min == size.Max ? $"{size.Min} deelnemers" : $"{size.Min}–{size.Max} deelnemers");

    /// <summary>
    /// Minutes from the start of the session at which <paramref name="step"/> begins, counting every
    /// earlier step once (optional ones included, as the total does); null for a method without times.
    /// </summary>
    public static int? StartMinute(Step step, Method method) =>
        method.HasTimes ? method.Steps.TakeWhile(s => s.Number != step.Number).Sum(s => s.Minutes ?? 0) : null;

    /// <summary>The steps repeated per topic ("2–6") and their minutes per round; null when none repeat.</summary>
    private static TemplateObject? Repetition(Method method)
    {
        var repeated = method.Steps.Where(s => s.RepeatsPerTopic).ToList();
        return repeated.Count == 0 ? null : new TemplateObject("herhaling",
        [
            new("stappen", StepNumbers.Format(repeated.Select(s => s.Number))),
            new("aantal", repeated.Count),
            new("minuten", method.HasTimes ? repeated.Sum(s => s.Minutes ?? 0) : null),
        ]);
    }

    /// <summary>The question banks a method's steps refer to, each once, in order of first use.</summary>
    public static IEnumerable<QuestionBank> QuestionBanksOf(Method method, DataSet data) =>
        method.Steps.SelectMany(s => s.QuestionBankIds).Distinct().Select(data.FindQuestionBank).OfType<QuestionBank>();
}
