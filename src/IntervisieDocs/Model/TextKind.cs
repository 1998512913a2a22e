namespace IntervisieDocs.Model;

/// <summary>The <c>soort</c> of a text: <c>regels</c>, <c>uitleg</c> or <c>voorbeelden</c>.</summary>
internal enum TextKind
{
    Rules,
    Explanation,
    Examples,
}
