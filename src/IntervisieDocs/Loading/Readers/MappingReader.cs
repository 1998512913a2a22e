using System.Collections.Immutable;
using System.Globalization;
using IntervisieDocs.Loading.Yaml;

namespace IntervisieDocs.Loading.Readers;

/// <summary>
/// Typed access to one YAML mapping. Opening it reports unknown and missing keys; every getter
/// reports a wrong value and returns a harmless default, so reading goes on and a file's
/// problems are all reported in one run.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly DiagnosticCollector _diagnostics;
    private readonly string _path;

    private MappingReader(YamlMapping mapping, FieldSet fields, DiagnosticCollector diagnostics, string path)
    {
        _mapping = mapping;
        _diagnostics = diagnostics;
        _path = path;
        var suggested = ReportUnknownKeys(fields);
        ReportMissingKeys(fields, suggested);
    }

    public SourcePosition Position => _mapping.Position;

    public DiagnosticCollector Diagnostics => _diagnostics;

    /// <summary>Null (after reporting) when <paramref name="node"/> is not a mapping.</summary>
    public static MappingReader? Open(YamlNode node, FieldSet fields, DiagnosticCollector diagnostics, string path, string name)
    {
        if (node is YamlMapping mapping)
            return new MappingReader(mapping, fields, diagnostics, path);
        diagnostics.Error(node.Position, path, $"{name} moet een groep velden zijn, niet {node.Describe()}");
        return null;
    }

    /// <summary>A reader for the mapping under <paramref name="key"/>; null when absent or not a mapping.</summary>
    public MappingReader? Child(string key, FieldSet fields) =>
        Mapping(key) is { } mapping ? new MappingReader(mapping, fields, _diagnostics, PathOf(key)) : null;

    /// <summary>The field path of <paramref name="key"/> for <see cref="Diagnostic.Field"/>.</summary>
    public string PathOf(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    public YamlNode? Node(string key) => _mapping.Find(key)?.Value;

    public SourcePosition PositionOf(string key) => Node(key)?.Position ?? _mapping.Position;

    /// <summary>Required, non-empty text; "" when missing (already reported) or wrong.</summary>
    public string Text(string key) => ReadText(key, allowEmpty: false) ?? "";

    /// <summary>Required text that may be empty.</summary>
    public string TextOrEmpty(string key) => ReadText(key, allowEmpty: true) ?? "";

    /// <summary>Optional text; null when absent or empty.</summary>
    public string? OptionalText(string key)
    {
        var text = ReadText(key, allowEmpty: true);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public int? Integer(string key, int min, int max)
    {
        if (Node(key) is not { } node)
            return null;
        if (node is YamlScalar { IsNull: true })
            return Fail($"'{key}' heeft geen waarde; vul een geheel getal in of laat het veld weg");
        if (node is not YamlScalar scalar || !IsIntegerLiteral(scalar.Value))
            return Fail($"'{key}' moet een geheel getal zijn, niet {node.Describe()}");
        if (!scalar.IsPlain)
            return Fail($"'{key}' moet een geheel getal zijn, niet de tekst {node.Describe()}; laat de aanhalingstekens weg");

        var parsed = long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : scalar.Value.StartsWith('-') ? long.MinValue : long.MaxValue;
        if (parsed < min)
            return Fail($"'{key}' moet minstens {min} zijn, niet {scalar.Value}");
        if (parsed > max)
            return Fail($"'{key}' mag hoogstens {max} zijn, niet {scalar.Value}");
        return (int)parsed;

        int? Fail(string message)
        {
            _diagnostics.Error(node.Position, PathOf(key), message);
            return null;
        }
    }

    /// <summary>An optional flag; false when absent or wrong.</summary>
    public bool Boolean(string key)
    {
        if (Node(key) is not { } node)
            return false;
        if (node is YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" })
            return true;
        if (node is YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" })
            return false;
        _diagnostics.Error(node.Position, PathOf(key), $"'{key}' moet true of false zijn, niet {node.Describe()}");
        return false;
    }

    /// <summary>A list of non-empty texts, with their nodes for later checks; empty when absent or wrong.</summary>
    public ImmutableArray<YamlScalar> TextItems(string key)
    {
        if (Sequence(key) is not { } sequence)
            return [];
        var items = ImmutableArray.CreateBuilder<YamlScalar>();
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var item = sequence.Items[i];
            var path = $"{PathOf(key)}[{i}]";
            if (item is not YamlScalar scalar)
                _diagnostics.Error(item.Position, path, $"elk item van '{key}' moet tekst zijn, niet {item.Describe()}");
            else if (scalar.IsNull || scalar.Value.Length == 0)
                _diagnostics.Error(item.Position, path, $"'{key}' bevat een leeg item");
            else if (Checked(scalar, path))
                items.Add(scalar);
        }

        return items.ToImmutable();
    }

    public ImmutableArray<string> TextList(string key) => [.. TextItems(key).Select(s => s.Value)];

    public YamlSequence? Sequence(string key) => Typed<YamlSequence>(key, "een lijst");

    public YamlMapping? Mapping(string key) => Typed<YamlMapping>(key, "een groep velden");

    private T? Typed<T>(string key, string expected) where T : YamlNode
    {
        switch (Node(key))
        {
            case null:
                return null;
            case T typed:
                return typed;
            case var other:
                _diagnostics.Error(other.Position, PathOf(key), $"'{key}' moet {expected} zijn, niet {other.Describe()}");
                return null;
        }
    }

    /// <summary>False, with an error at its line, for a text nested too deeply to print (<see cref="TextNesting"/>).</summary>
    private bool Checked(YamlScalar scalar, string path)
    {
        if (UnsupportedScripts.Find(scalar.Value) is { } script)
        {
            _diagnostics.Error(PlaceInScalar(scalar, script.Index), path, $"'{path}': {script.Message}");
            return false;
        }

        if (TextNesting.Problem(scalar.Value) is not { } problem)
            return true;
        // A block scalar ('|', '>') starts on the line after its key.
        var line = scalar.Position.Line + problem.Line + (scalar.IsPlain || problem.Line == 0 ? 0 : 1);
        _diagnostics.Error(new SourcePosition(line, problem.Line == 0 ? scalar.Position.Column : 1), path, problem.Message);
        return false;
    }

    /// <summary>
    /// Line and column of the character at <paramref name="index"/> in the scalar's value: exact on
    /// the scalar's first line; on a later line of a block scalar ('|', '>') the line, column 1.
    /// </summary>
    private static SourcePosition PlaceInScalar(YamlScalar scalar, int index)
    {
        var lines = scalar.Value.AsSpan(0, index).Count('\n');
        if (lines == 0 && (scalar.IsPlain || !scalar.Value.Contains('\n')))
            return new SourcePosition(scalar.Position.Line, scalar.Position.Column + index + (scalar.IsPlain ? 0 : 1));
        return new SourcePosition(scalar.Position.Line + lines + 1, 1);
    }

    private string? ReadText(string key, bool allowEmpty)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalar { IsNull: true } or YamlScalar { Value.Length: 0 } when allowEmpty:
                return "";
            case YamlScalar { IsNull: true } or YamlScalar { Value.Length: 0 }:
                _diagnostics.Error(PositionOf(key), PathOf(key), $"'{key}' mag niet leeg zijn");
                return null;
            case YamlScalar scalar:
                return Checked(scalar, PathOf(key)) ? scalar.Value : null;
            case var other:
                _diagnostics.Error(other.Position, PathOf(key), $"'{key}' moet tekst zijn, niet {other.Describe()}");
                return null;
        }
    }

    /// <returns>The allowed keys that were offered as a suggestion.</returns>
    private HashSet<string> ReportUnknownKeys(FieldSet fields)
    {
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in _mapping.Entries.Select(e => e.Key).Where(k => !fields.Allows(k.Value)))
        {
            if (_diagnostics.IsFull)
                break;
            var suggestion = Suggestions.Closest(key.Value, fields.Allowed);
            var message = suggestion is null
                ? $"onbekend veld '{key.Value}'; mogelijk zijn: {string.Join(", ", fields.Allowed)}"
                : $"onbekend veld '{key.Value}' — bedoelde je '{suggestion}'?";
            _diagnostics.Error(key.Position, PathOf(key.Value), message);
            if (suggestion is not null)
                suggested.Add(suggestion);
        }

        return suggested;
    }

    private void ReportMissingKeys(FieldSet fields, HashSet<string> suggested)
    {
        // A misspelled key already got "bedoelde je ...?"; "ontbreekt" on top would say it twice.
        foreach (var key in fields.Required.Where(k => _mapping.Find(k) is null && !suggested.Contains(k)))
            _diagnostics.Error(_mapping.Position, PathOf(key), $"verplicht veld '{key}' ontbreekt");
    }

    private static bool IsIntegerLiteral(string value)
    {
        var digits = value.AsSpan().TrimStart("+-");
        return digits.Length > 0 && value.Length - digits.Length <= 1 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
