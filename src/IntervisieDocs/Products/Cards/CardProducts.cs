using System.Text;
using IntervisieDocs.Layout;
using IntervisieDocs.Model;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// Card decks (A6): the cards of a method (overview, steps, roles) or of a question bank. Each card is
/// its template's Markdown, fitted to the card (<see cref="CardFitter"/>) and imposed on pages
/// (<see cref="CardImposition"/>).
/// </summary>
internal static class CardProducts
{
    public static Product ForMethod(Method method, ProductContext context, CardOptions options, ITextMeasurer? measurer = null) =>
        Build($"kaarten-{method.Id}", $"{method.Title} – kaarten", method.Purpose, CardDeck.ForMethod(method, context.Data), context, options, measurer);

    public static Product ForQuestionBank(QuestionBank bank, ProductContext context, CardOptions options, ITextMeasurer? measurer = null) =>
        Build($"vraagkaarten-{bank.Id}", $"{bank.Title} – vraagkaarten", "", CardDeck.ForQuestionBank(bank), context, options, measurer);

    /// <summary>One card per method (<c>kaarten --methoden</c>): the schatkist as a deck.</summary>
    public static Product ForAllMethods(ProductContext context, CardOptions options, ITextMeasurer? measurer = null) =>
        Build("methodekaarten", $"{CardDeck.MethodDeckSource} – methodekaarten", $"{context.Data.Methods.Count} intervisiemethoden, één per kaart", CardDeck.ForAllMethods(context.Data), context, options, measurer);

    public static RenderedCard Render(CardSpec spec, ProductContext context, bool withBack) => new(
        spec,
        context.Templates.Render(spec.Template, spec.VariablesFor(CardSide.Front)),
        context.Templates.Render(spec.Template, spec.VariablesFor(CardSide.Continuation)),
        withBack ? context.Templates.Render(spec.Template, spec.VariablesFor(CardSide.Back)) : null);

    private static Product Build(string fileName, string title, string subject, IReadOnlyList<CardSpec> specs, ProductContext context, CardOptions options, ITextMeasurer? measurer)
    {
        var rendered = specs.Select(spec => Render(spec, context, options.Backs)).ToList();
        var fitter = new CardFitter(measurer ?? new TextMeasurer());
        var cards = rendered.Select(fitter.Fit).ToList();
        var document = new DocumentModel(title, CardImposition.Sections(cards, options)) { Subject = subject };
        return new Product(fileName + options.FileSuffix, Markdown(rendered), document);
    }

    /// <summary>All cards' Markdown in one file, each side under a comment naming it (for --markdown).</summary>
    public static string Markdown(IEnumerable<RenderedCard> cards)
    {
        var output = new StringBuilder();
        foreach (var card in cards)
        {
            Side(output, card.Spec.Name, "voorkant", card.Front);
            Side(output, card.Spec.Name, "vervolgkaart (bovenaan)", card.Continuation);
            if (card.Back is not null)
            {
                Side(output, card.Spec.Name, "achterkant", card.Back);
            }
        }

        return output.ToString();
    }

    private static void Side(StringBuilder output, string card, string side, string markdown) =>
        output.Append("<!-- ").Append(card).Append(", ").Append(side).Append(" -->\n\n").Append(markdown.TrimEnd('\n')).Append("\n\n");
}
