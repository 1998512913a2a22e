using System.Collections.Immutable;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Readers;

/// <summary>
/// Reads an object's <c>herkomst</c>: per field, why it is not simply the source's words.
/// <code>
/// herkomst:
///   titel: gereconstrueerd                       # a kind alone: the default note
///   doel: { soort: gereconstrueerd, toelichting: "..." }
///   beschrijving:                                # several marks on one field
///     - { soort: verbeterd, bron: "War men", tekst: "Waar men" }
/// </code>
/// </summary>
internal static class SourceMarkReader
{
    public const string Key = "herkomst";

    public static ImmutableDictionary<string, SourceMarkKind> Kinds { get; } = new Dictionary<string, SourceMarkKind>
    {
        ["onvolledig"] = SourceMarkKind.Incomplete,
        ["gereconstrueerd"] = SourceMarkKind.Reconstructed,
        ["richtlijn"] = SourceMarkKind.Guideline,
        ["verbeterd"] = SourceMarkKind.Corrected,
        ["zo-in-de-bron"] = SourceMarkKind.AsInSource,
    }.ToImmutableDictionary();

    private static readonly string[] KindOrder = ["onvolledig", "gereconstrueerd", "richtlijn", "verbeterd", "zo-in-de-bron"];

    /// <param name="owner">The object whose <c>herkomst</c> is read.</param>
    /// <param name="place">How the object is named for controleer ("stap 8"), or "" for the file itself.</param>
    /// <param name="fields">The fields that may be marked, with their text as printed (null when absent),
    /// so a correction can be checked against the text it claims to have corrected.</param>
    public static ValueList<SourceMark> Read(
        MappingReader owner, string place, IReadOnlyDictionary<string, string?> fields, List<MarkedPlace> places)
    {
        if (owner.Mapping(Key) is not { } mapping)
            return ValueList<SourceMark>.Empty;

        var marks = new List<SourceMark>();
        foreach (var (key, value) in mapping.Entries)
        {
            if (owner.Diagnostics.IsFull)
                break;
            var path = $"{owner.PathOf(Key)}.{key.Value}";
            if (!fields.TryGetValue(key.Value, out var text))
            {
                owner.Diagnostics.Error(key.Position, path, UnknownField(key.Value, fields.Keys));
                continue;
            }

            var items = value is YamlSequence sequence ? sequence.Items : [value];
            if (items.IsEmpty)
                owner.Diagnostics.Error(value.Position, path, $"'{Key}.{key.Value}' is een lege lijst");
            for (var i = 0; i < items.Length; i++)
            {
                var itemPath = value is YamlSequence ? $"{path}[{i}]" : path;
                if (ReadMark(owner.Diagnostics, items[i], key.Value, text, itemPath) is { } mark)
                {
                    marks.Add(mark);
                    var where = place.Length == 0 ? key.Value : $"{place}, {key.Value}";
                    places.Add(new MarkedPlace(owner.Diagnostics.File, items[i].Position, where, mark));
                }
            }
        }

        return marks.ToValueList();
    }

    private static SourceMark? ReadMark(DiagnosticCollector diagnostics, YamlNode node, string field, string? text, string path)
    {
        if (node is YamlScalar { IsNull: false } scalar)
            return Kind(diagnostics, scalar.Value, scalar.Position, path) is { } kind
                ? kind == SourceMarkKind.Corrected
                    ? Fail(scalar.Position, "'verbeterd' vraagt 'bron' (wat de bron schrijft) en 'tekst' (wat hier nu staat): schrijf { soort: verbeterd, bron: \"…\", tekst: \"…\" }")
                    : new SourceMark(field, kind, SourceMark.DefaultNote(kind, field, null))
                : null;
        if (MappingReader.Open(node, FieldSets.SourceMark, diagnostics, path, $"herkomst van '{field}'") is not { } reader)
            return null;

        var soort = reader.Text("soort");
        if (soort.Length == 0 || Kind(diagnostics, soort, reader.PositionOf("soort"), reader.PathOf("soort")) is not { } markKind)
            return null;
        var note = reader.OptionalText("toelichting");
        var original = reader.OptionalText("bron");
        var corrected = reader.OptionalText("tekst");
        if (markKind != SourceMarkKind.Corrected)
        {
            if (original is not null || corrected is not null)
                return Fail(reader.Position, $"'bron' en 'tekst' horen alleen bij soort 'verbeterd', niet bij '{soort}'");
            return new SourceMark(field, markKind, note ?? SourceMark.DefaultNote(markKind, field, null));
        }

        if (original is null || corrected is null)
            return Fail(reader.Position, "'verbeterd' vraagt 'bron' (wat de bron schrijft) en 'tekst' (wat hier nu staat)");
        if (text is null || !Normalize(text).Contains(Normalize(corrected), StringComparison.Ordinal))
            return Fail(reader.PositionOf("tekst"), $"de verbetering '{corrected}' staat niet in '{field}'");
        return new SourceMark(field, markKind, note ?? SourceMark.DefaultNote(markKind, field, original), original, corrected);

        SourceMark? Fail(SourcePosition at, string message)
        {
            diagnostics.Error(at, path, message);
            return null;
        }
    }

    private static SourceMarkKind? Kind(DiagnosticCollector diagnostics, string word, SourcePosition at, string path)
    {
        if (Kinds.TryGetValue(word, out var kind))
            return kind;
        var message = Suggestions.Closest(word, KindOrder) is { } suggestion
            ? $"onbekende soort herkomst '{word}' — bedoelde je '{suggestion}'?"
            : $"onbekende soort herkomst '{word}'; gebruik: {string.Join(", ", KindOrder)}";
        diagnostics.Error(at, path, message);
        return null;
    }

    private static string UnknownField(string key, IEnumerable<string> fields) =>
        Suggestions.Closest(key, fields) is { } suggestion
            ? $"'{Key}' noemt onbekend veld '{key}' — bedoelde je '{suggestion}'?"
            : $"'{Key}' noemt onbekend veld '{key}'; mogelijk zijn: {string.Join(", ", fields)}";

    /// <summary>Text as a reader sees it: a line break in the YAML is a space.</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
