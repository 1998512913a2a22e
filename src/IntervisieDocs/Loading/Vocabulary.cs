using System.Text.RegularExpressions;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading;

/// <summary>Closed word lists and formats of the data (methods/README.md).</summary>
internal static partial class Vocabulary
{
    /// <summary>The method chooser filters on these; a typo would silently hide a method.</summary>
    // Plain arrays and dictionaries: read once per run, and cheaper to start than the immutable collections.
    public static IReadOnlyList<string> ChooserTags { get; } =
    [
        "inzicht", "eigen-aandeel", "overtuigingen", "vaardigheden-oefenen", "advies", "snelle-feedback",
        "probleemverheldering", "oplossingsgericht", "luisteren", "gevoel", "werkwijze", "analyse", "actieplan",
    ];

    public static IReadOnlyDictionary<string, TextKind> TextKinds => Model.TextKinds.ByWord;

    /// <summary>Ids become file names and command-line arguments: keep them boring.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public const string IdRule = "alleen kleine letters, cijfers en koppeltekens (niet aan het begin of eind)";

    /// <summary>An upper bound that keeps sums far from overflow; no session lasts a day.</summary>
    public const int MaxMinutes = 1440;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
