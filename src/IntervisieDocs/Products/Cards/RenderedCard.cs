namespace IntervisieDocs.Products.Cards;

/// <summary>A card's Markdown: the whole front, the top of a continuation card, and the back (if asked for).</summary>
internal sealed record RenderedCard(CardSpec Spec, string Front, string Continuation, string? Back);
