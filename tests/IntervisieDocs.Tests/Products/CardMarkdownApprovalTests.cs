using IntervisieDocs.Products.Cards;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Products;

/// <summary>The Markdown each card template makes from the real data (front, "vervolg" top and back).</summary>
public sealed class CardMarkdownApprovalTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private const string Folder = "tests/IntervisieDocs.Tests/Products/Approved";

    private void Verify(string name, CardSpec spec) =>
        Approvals.Verify(name, CardProducts.Markdown([CardProducts.Render(spec, cards.Context, withBack: true)]), Folder);

    private CardSpec MethodCard(string method, string card) =>
        CardDeck.ForMethod(cards.Method(method), cards.Data).Single(s => s.Name == card);

    private CardSpec MethodDeckCard(string method) =>
        CardDeck.ForAllMethods(cards.Data).Single(s => s.Name == $"methodekaart {method}");

    private CardSpec QuestionCard(string bank, string card) =>
        CardDeck.ForQuestionBank(cards.Data.FindQuestionBank(bank)!).Single(s => s.Name == card);

    [Fact]
    public void Step_card_with_a_role_instruction_and_questions() =>
        Verify("kaart-stap-reflecting-team-2", MethodCard("reflecting-team", "stapkaart 2"));

    [Fact]
    public void Step_card_of_an_optional_step() =>
        Verify("kaart-stap-socratische-methode-6", MethodCard("socratische-methode", "stapkaart 6"));

    [Fact]
    public void Overview_card_with_optional_steps_and_a_stated_total_that_differs() =>
        Verify("kaart-overzicht-socratische-methode", MethodCard("socratische-methode", "overzichtskaart"));

    [Fact]
    public void Overview_card_with_steps_repeated_per_topic() =>
        Verify("kaart-overzicht-snelle-adviesrondes", MethodCard("snelle-adviesrondes", "overzichtskaart"));

    [Fact]
    public void Overview_card_with_a_step_without_time() =>
        Verify("kaart-overzicht-balint-methode", MethodCard("balint-methode", "overzichtskaart"));

    [Fact]
    public void Overview_card_of_a_method_without_times() =>
        Verify("kaart-overzicht-krachtenveldanalyse", MethodCard("krachtenveldanalyse", "overzichtskaart"));

    [Fact]
    public void Role_card_with_a_description_and_a_task_in_one_step() =>
        Verify("kaart-rol-reflecting-team-teamleden", MethodCard("reflecting-team", "rolkaart Reflecting team (teamleden)"));

    [Fact]
    public void Role_card_with_tasks_in_several_steps_and_the_questions_they_refer_to() =>
        Verify("kaart-rol-vissenkom-binnengroep", MethodCard("vissenkom", "rolkaart Binnengroep"));

    [Fact]
    public void Role_card_with_the_sentences_of_the_descriptions_that_name_the_role() =>
        Verify("kaart-rol-reflecting-team-inbrenger", MethodCard("reflecting-team", "rolkaart Inbrenger"));

    [Fact]
    public void Role_card_whose_sentence_takes_the_note_on_the_last_sentence_along() =>
        Verify("kaart-rol-balint-methode-casusinbrenger", MethodCard("balint-methode", "rolkaart Casusinbrenger"));

    [Fact]
    public void Role_card_of_a_role_no_step_names_lists_the_course() =>
        Verify("kaart-rol-krachtenveldanalyse-inbrenger", MethodCard("krachtenveldanalyse", "rolkaart Inbrenger"));

    [Fact]
    public void Method_card_of_a_method_without_a_purpose_shows_its_introductions_first_paragraph() =>
        Verify("kaart-methode-balint-methode", MethodDeckCard("balint-methode"));

    [Fact]
    public void Method_card_with_optional_steps() =>
        Verify("kaart-methode-socratische-methode", MethodDeckCard("socratische-methode"));

    [Fact]
    public void Method_card_of_a_method_without_times() =>
        Verify("kaart-methode-krachtenveldanalyse", MethodDeckCard("krachtenveldanalyse"));

    [Fact]
    public void Question_card() =>
        Verify("kaart-vraag-gouden-vragen-1", QuestionCard("gouden-vragen", "vraagkaart 1"));

    [Fact]
    public void Title_card_of_a_question_bank_with_a_closing_text() =>
        Verify("kaart-vragenbank-zelf-intervisietest", QuestionCard("zelf-intervisietest", "titelkaart van de vragen"));
}
