using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Tests.Products;

/// <summary>The card document as a whole: its outline, title and file name.</summary>
public sealed class CardDocumentTests(CardFixture cards) : IClassFixture<CardFixture>
{
    [Fact]
    public void Every_card_is_one_entry_of_a_flat_outline_and_backs_and_vervolg_cards_are_not()
    {
        var canvas = cards.Lay(cards.MethodCards(LongSteps.Method(600), new CardOptions(Backs: true)));

        Assert.All(canvas.Bookmarks, b => Assert.Equal(1, b.Level));
        Assert.Equal(
            ["Overzicht", "Stap 1 · Lange stap", "Stap 2 · Korte stap", "Inbrenger", "Groepsleden"],
            canvas.Bookmarks.Select(b => b.Title));
    }

    [Fact]
    public void Title_and_file_name_name_the_deck_and_its_variant()
    {
        var method = cards.MethodCards("reflecting-team", new CardOptions(PrintShop: true, Backs: true));
        var questions = cards.QuestionCards("gouden-vragen");

        Assert.Equal("kaarten-reflecting-team-drukker-dubbelzijdig", method.FileName);
        Assert.Equal("Oplossingsgericht reflecting team – kaarten", method.Document.Title);
        Assert.Equal("vraagkaarten-gouden-vragen", questions.FileName);
        Assert.Equal("Gouden intervisievragen – vraagkaarten", questions.Document.Title);
    }

    [Fact]
    public void Question_cards_start_larger_than_other_cards()
    {
        var question = CardDeck.ForQuestionBank(cards.Data.FindQuestionBank("gouden-vragen")!)[1];
        var fitted = new CardFitter(cards.Measurer).Fit(CardProducts.Render(question, cards.Context, withBack: false));

        Assert.Equal(CardDeck.QuestionFontSize, fitted.FontSize);
        Assert.True(fitted.FontSize > CardFitter.LargestFontSize);
    }
}
