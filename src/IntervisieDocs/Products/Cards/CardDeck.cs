using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products.Cards;

/// <summary>Which cards a deck holds, in print order.</summary>
internal static class CardDeck
{
    /// <summary>The overview for the gespreksleider, a card per step, a card per role.</summary>
    public static IReadOnlyList<CardSpec> ForMethod(Method method, DataSet data)
    {
        var methode = TemplateModel.Method(method, data);
        return
        [
            new CardSpec("overzichtskaart", CardSpec.Overview, [("methode", methode)]),
            .. method.Steps.Select(step => new CardSpec(
                $"stapkaart {step.Number}", CardSpec.Step, [("methode", methode), ("stap", TemplateModel.Step(step, method, data))])),
            .. method.Roles.Select(role => new CardSpec(
                $"rolkaart {role.Name}", CardSpec.Role, [("methode", methode), ("rol", TemplateModel.RoleInMethod(role, method, data))])),
        ];
    }

    /// <summary>
    /// A title card (title, introduction, closing text, source), then one card per question: a question
    /// card is drawn, handed over and answered on its own, so short questions get large type rather
    /// than share a card.
    /// </summary>
    public static IReadOnlyList<CardSpec> ForQuestionBank(QuestionBank bank)
    {
        var vragenbank = TemplateModel.QuestionBank(bank);
        return
        [
            new CardSpec("titelkaart van de vragen", CardSpec.QuestionBank, [("vragenbank", vragenbank)]),
            .. TemplateModel.Questions(bank).Select(vraag => new CardSpec(
                $"vraagkaart {vraag["nummer"]}", CardSpec.Question, [("vragenbank", vragenbank), ("vraag", vraag)], Centered: true)),
        ];
    }
}
