using IntervisieDocs.Layout;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// A card laid out: one front per physical card (more than one when the text continues on "vervolg"
/// cards, which share the content element and so go on where the previous one stopped), and a back
/// for each front when backs were asked for.
/// </summary>
/// <param name="FontSize">The base text size the card is set in, in points.</param>
internal sealed record FittedCard(CardSpec Spec, double FontSize, IReadOnlyList<Element> Fronts, IReadOnlyList<Element>? Backs);
