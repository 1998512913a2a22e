using IntervisieDocs.Layout;
using IntervisieDocs.Model;
using IntervisieDocs.Products.Design;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products.Cards;

/// <summary>Which cards a deck holds, in print order.</summary>
internal static class CardDeck
{
    /// <summary>The base size a question card starts from (above other cards'): its question, a level-1 heading, is then 19.6 pt.</summary>
    public const double QuestionFontSize = 14;

    /// <summary>The overview for the gespreksleider, a card per step, a card per role.</summary>
    public static IReadOnlyList<CardSpec> ForMethod(Method method, DataSet data)
    {
        var methode = TemplateModel.Method(method, data);
        return
        [
            new CardSpec("overzichtskaart", CardSpec.Overview, [("methode", methode)])
            {
                Label = new CardLabel(DeckKind.Overview, method.Title, Minutes: method.HasTimes ? method.TotalMinutes : null),
                Foot = method.HasTimes ? () => FootPanel("Tijdlijn: minuten vanaf het begin", MethodFigures.Timeline(method)) : null,
            },
            .. method.Steps.Select(step => new CardSpec(
                $"stapkaart {step.Number}", CardSpec.Step, [("methode", methode), ("stap", TemplateModel.Step(step, method, data))])
            {
                Label = new CardLabel(DeckKind.Step, method.Title, step.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Minutes),
                Foot = method.HasTimes ? () => FootPanel($"Stap {step.Number} in de tijdlijn van de methode", MethodFigures.Timeline(method, highlight: step.Number)) : null,
            }),
            .. method.Roles.Select(role => new CardSpec(
                $"rolkaart {role.Name}", CardSpec.Role, [("methode", methode), ("rol", TemplateModel.RoleInMethod(role, method, data))])
            {
                Label = new CardLabel(DeckKind.Role, method.Title),
            }),
        ];
    }

    /// <summary>What a method card's band and back name as the deck's owner.</summary>
    public const string MethodDeckSource = "Intervisiemethoden";

    /// <summary>
    /// One card per method, in the data's order (the schatkist's): the schatkist as a deck to spread on
    /// a table and choose from. The front names the method and its purpose, with minutes, group size
    /// and roles after their pictograms at the foot; the back lists the steps with their minutes.
    /// </summary>
    public static IReadOnlyList<CardSpec> ForAllMethods(DataSet data) =>
    [
        .. data.Methods.Select((method, i) => new CardSpec($"methodekaart {method.Id}", CardSpec.MethodCard, [("methode", TemplateModel.Method(method, data))])
        {
            Label = new CardLabel(DeckKind.Method, MethodDeckSource, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), method.HasTimes ? method.TotalMinutes : null),
            Foot = () => MethodFigures.FactList(MethodFacts(method)),
            FootIsContent = true,
        }),
    ];

    /// <summary>
    /// The facts at a method card's foot: the time (when the band's total alone does not tell it: optional
    /// steps, or no times at all), the group size and every role, each after its pictogram.
    /// </summary>
    public static IReadOnlyList<BandFact> MethodFacts(Method method)
    {
        var facts = new List<BandFact>();
        if (!method.HasTimes)
        {
            facts.Add(new BandFact(PictogramKind.Clock, "de bron noemt geen tijden"));
        }
        else if (method.TotalMinutesWithoutOptional != method.TotalMinutes)
        {
            facts.Add(new BandFact(PictogramKind.Clock, $"{MethodFigures.Duration(method)} (met of zonder de stappen die eventueel zijn)"));
        }

        facts.Add(new BandFact(PictogramKind.Group, MethodFigures.GroupSize(method.GroupSize)));
        facts.AddRange(method.Roles.Select(r => new BandFact(Pictogram.ForRole(r.Name), r.Name)));
        return facts;
    }

    /// <summary>The timeline at a card's foot, on a light panel with its caption.</summary>
    private static Element FootPanel(string caption, Element timeline) => new Box(
        new Column([new Paragraph(caption, new TextStyle(FontFace.Bold, 7.5, Palette.Accent)), timeline], Units.Mm(1)),
        new BoxStyle(null, Palette.Tint10, Thickness.Symmetric(Units.Mm(2.5), Units.Mm(2))));

    /// <summary>
    /// A title card (title, introduction, closing text, source), then one card per question: a question
    /// card is drawn, handed over and answered on its own, so short questions get large type (from
    /// <see cref="QuestionFontSize"/>, centred) rather than share a card.
    /// </summary>
    public static IReadOnlyList<CardSpec> ForQuestionBank(QuestionBank bank)
    {
        var vragenbank = TemplateModel.QuestionBank(bank);
        return
        [
            new CardSpec("titelkaart van de vragen", CardSpec.QuestionBank, [("vragenbank", vragenbank)])
            {
                Label = new CardLabel(DeckKind.Question, bank.Title),
            },
            .. TemplateModel.Questions(bank).Select(vraag => new CardSpec(
                $"vraagkaart {vraag["nummer"]}", CardSpec.Question, [("vragenbank", vragenbank), ("vraag", vraag)], Centered: true, QuestionFontSize)
            {
                Label = new CardLabel(DeckKind.Question, bank.Title, Convert.ToString(vraag["nummer"], System.Globalization.CultureInfo.InvariantCulture)),
            }),
        ];
    }
}
