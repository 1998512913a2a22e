namespace IntervisieDocs.Model;

/// <summary>
/// Why a place is not simply the source's words (<c>herkomst</c> in the data):
/// <c>onvolledig</c>, <c>gereconstrueerd</c>, <c>richtlijn</c>, <c>verbeterd</c>, <c>zo-in-de-bron</c>.
/// </summary>
internal enum SourceMarkKind
{
    /// <summary>The source breaks off or leaves the place empty; what survives is printed.</summary>
    Incomplete,

    /// <summary>Reconstructed or assembled by us (a lost title, a sentence taken from elsewhere).</summary>
    Reconstructed,

    /// <summary>Our guidance where the source says nothing (a group size, fit for beginners).</summary>
    Guideline,

    /// <summary>An obvious error of the source corrected; the mark keeps the source's words.</summary>
    Corrected,

    /// <summary>Kept as the source writes it although it looks wrong.</summary>
    AsInSource,
}
