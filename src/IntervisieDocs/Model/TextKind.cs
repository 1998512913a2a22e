namespace IntervisieDocs.Model;

/// <summary>The <c>soort</c> of a text: <c>regels</c>, <c>uitleg</c> or <c>voorbeelden</c>.</summary>
internal enum TextKind
{
    Rules,
    Explanation,
    Examples,
}

/// <summary>The words the data files use for a text's kind; the loader reads them, templates print them.</summary>
internal static class TextKinds
{
    public static IReadOnlyDictionary<string, TextKind> ByWord { get; } = new Dictionary<string, TextKind>(StringComparer.Ordinal)
    {
        ["regels"] = TextKind.Rules,
        ["uitleg"] = TextKind.Explanation,
        ["voorbeelden"] = TextKind.Examples,
    };

    /// <summary>The word for <paramref name="kind"/> (<c>regels</c>, <c>uitleg</c>, <c>voorbeelden</c>).</summary>
    public static string Word(TextKind kind) => ByWord.First(k => k.Value == kind).Key;
}
