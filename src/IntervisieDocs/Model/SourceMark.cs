namespace IntervisieDocs.Model;

/// <summary>
/// A place in the data that is not simply the source's words: which field of its object
/// (<c>titel</c>, <c>beschrijving</c>, <c>rollen.binnengroep</c>), why, and the short Dutch note
/// printed with it. <see cref="Original"/> and <see cref="Corrected"/> are the source's words and
/// ours for a <see cref="SourceMarkKind.Corrected"/> mark.
/// </summary>
internal sealed record SourceMark(string Field, SourceMarkKind Kind, string Note, string? Original = null, string? Corrected = null)
{
    /// <summary>The word the data files use for <see cref="Kind"/>.</summary>
    public string KindName => Kind switch
    {
        SourceMarkKind.Incomplete => "onvolledig",
        SourceMarkKind.Reconstructed => "gereconstrueerd",
        SourceMarkKind.Guideline => "richtlijn",
        SourceMarkKind.Corrected => "verbeterd",
        _ => "zo-in-de-bron",
    };

    /// <summary>The note printed when the data gives no <c>toelichting</c>.</summary>
    public static string DefaultNote(SourceMarkKind kind, string field, string? original) => (kind, field) switch
    {
        (SourceMarkKind.Incomplete, _) => "de bron is hier onvolledig",
        (SourceMarkKind.Reconstructed, "titel") => "titel toegevoegd; de bron noemt geen titel",
        (SourceMarkKind.Reconstructed, "doel") => "de bron noemt geen doel; deze zin komt elders uit de bron",
        (SourceMarkKind.Reconstructed, _) => "door ons samengesteld; zo staat het niet in de bron",
        (SourceMarkKind.Guideline, "groepsgrootte") => "richtlijn; de bron noemt geen groepsgrootte",
        (SourceMarkKind.Guideline, _) => "richtlijn; niet uit de bron",
        (SourceMarkKind.Corrected, _) => $"verbeterd; de bron schrijft '{original}'",
        _ => "zo in de bron",
    };
}
