using IntervisieDocs.Layout;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// One card before layout: its template and the variables it is rendered with. The template is
/// rendered once per side; the variable <c>kaart</c> tells it which.
/// </summary>
/// <param name="Name">How messages name the card, e.g. "stapkaart 3".</param>
/// <param name="Centered">The front is set in the middle of the card when it fits on one (a question card).</param>
/// <param name="LargestFontSize">The base size the fitter starts from: the largest the card's text may grow to.</param>
internal sealed record CardSpec(
    string Name,
    string Template,
    IReadOnlyList<(string Name, object? Value)> Variables,
    bool Centered = false,
    double LargestFontSize = CardFitter.LargestFontSize)
{
    /// <summary>The deck, source, number and minutes on the card's band and back (null: a card without band).</summary>
    public CardLabel? Label { get; init; }

    /// <summary>Makes the figure held to the foot of every front (the method's timeline), or null. A new element per card.</summary>
    public Func<Element>? Foot { get; init; }

    /// <summary>
    /// The foot carries facts the card must show (a method card's group size and roles): it is kept
    /// on every front, never dropped to give the text more room.
    /// </summary>
    public bool FootIsContent { get; init; }

    public const string Overview = "kaart-overzicht";
    public const string Step = "kaart-stap";
    public const string Role = "kaart-rol";
    public const string QuestionBank = "kaart-vragenbank";
    public const string Question = "kaart-vraag";
    public const string MethodCard = "kaart-methode";

    public TemplateVariables VariablesFor(CardSide side) =>
        TemplateModel.Variables([.. Variables, ("kaart", Side(side))]);

    private static TemplateObject Side(CardSide side) => new("kaart",
    [
        new("zijde", side switch
        {
            CardSide.Continuation => "vervolg",
            CardSide.Back => "achter",
            _ => "voor",
        }),
    ]);
}
