namespace IntervisieDocs.Products.Cards;

/// <summary>Which side a card template is asked for; templates see it as <c>kaart.zijde</c>.</summary>
internal enum CardSide
{
    /// <summary>"voor": the whole card.</summary>
    Front,

    /// <summary>"vervolg": only the top of a card that continues a card that was too full.</summary>
    Continuation,

    /// <summary>"achter": the back.</summary>
    Back,
}
