using System.Collections.Immutable;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Readers;

/// <summary>Reads <c>methods/teksten/&lt;id&gt;.yaml</c>.</summary>
internal static class TextDocumentReader
{
    public static Loaded<TextDocument>? Read(YamlNode root, string expectedId, DiagnosticCollector diagnostics)
    {
        if (MappingReader.Open(root, FieldSets.Text, diagnostics, "", "het bestand") is not { } reader)
            return null;

        var (id, idPosition) = IdField.Read(reader, expectedId);
        var places = new List<MarkedPlace>();
        var text = new TextDocument(
            id,
            reader.Text("titel"),
            reader.Text("bron"),
            reader.OptionalText("seed") ?? "",
            ReadKind(reader),
            ReadSections(reader, places),
            reader.OptionalText("voorbeeld_actie"));
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["titel"] = text.Title,
            ["bron"] = text.Source,
            ["voorbeeld_actie"] = text.ExampleAction,
        };
        text = text with { Marks = SourceMarkReader.Read(reader, "", fields, places) };
        return new Loaded<TextDocument>(diagnostics.File, id, idPosition, text, [])
        {
            Marks = [.. places.OrderBy(p => p.Position.Line).ThenBy(p => p.Position.Column)],
        };
    }

    private static TextKind ReadKind(MappingReader text)
    {
        var kind = text.Text("soort");
        if (Vocabulary.TextKinds.TryGetValue(kind, out var known))
            return known;
        if (kind.Length == 0)
            return default;

        var names = Vocabulary.TextKinds.Keys.Order(StringComparer.Ordinal).ToList();
        var message = Suggestions.Closest(kind, names) is { } suggestion
            ? $"onbekende soort '{kind}' — bedoelde je '{suggestion}'?"
            : $"onbekende soort '{kind}'; gebruik: {string.Join(", ", names)}";
        text.Diagnostics.Error(text.PositionOf("soort"), "soort", message);
        return default;
    }

    private static ValueList<TextSection> ReadSections(MappingReader text, List<MarkedPlace> places)
    {
        if (text.Sequence("secties") is not { } sequence)
            return ValueList<TextSection>.Empty;
        if (sequence.Items.IsEmpty)
            text.Diagnostics.Error(sequence.Position, "secties", "'secties' moet minstens één sectie bevatten");

        var sections = new List<TextSection>();
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            if (MappingReader.Open(sequence.Items[i], FieldSets.Section, text.Diagnostics, $"secties[{i}]", $"sectie {i + 1}") is not { } reader)
                continue;

            var section = new TextSection(
                reader.OptionalText("titel"),
                reader.OptionalText("tekst"),
                reader.TextList("punten").ToValueList(),
                reader.Boolean("genummerd"),
                reader.TextList("vragen").ToValueList(),
                reader.OptionalText("voorbeeld"),
                reader.OptionalText("letter"))
            {
                Figure = ReadFigure(reader),
            };
            if (ContentKeys.All(key => reader.Node(key) is null))
                reader.Diagnostics.Error(reader.Position, $"secties[{i}]", $"sectie {i + 1} is leeg; geef minstens 'titel', 'tekst', 'punten', 'vragen', 'voorbeeld' of 'figuur'");
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["titel"] = section.Title,
                ["tekst"] = section.Text,
                ["punten"] = string.Join('\n', section.Items),
                ["vragen"] = string.Join('\n', section.Questions),
                ["voorbeeld"] = section.Example,
                ["figuur"] = string.Join('\n', section.Figure),
            };
            var place = section.Title is { } title ? $"sectie {i + 1} ('{title}')" : $"sectie {i + 1}";
            sections.Add(section with { Marks = SourceMarkReader.Read(reader, place, fields, places) });
        }

        return sections.ToValueList();
    }

    /// <summary>A figure has one word on top and at least one below it (two to five words fit an A5 column).</summary>
    private static ValueList<string> ReadFigure(MappingReader section)
    {
        var words = section.TextList("figuur");
        if (section.Node("figuur") is YamlSequence && (words.Length < 2 || words.Length > MaxFigureWords))
            section.Diagnostics.Error(section.PositionOf("figuur"), section.PathOf("figuur"), $"'figuur' moet 2 tot {MaxFigureWords} woorden hebben, niet {words.Length}");
        return words.ToValueList();
    }

    public const int MaxFigureWords = 5;

    private static readonly ImmutableArray<string> ContentKeys = ["titel", "tekst", "punten", "vragen", "voorbeeld", "figuur"];
}
