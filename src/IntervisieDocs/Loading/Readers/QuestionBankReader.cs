using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Readers;

/// <summary>Reads <c>methods/vragen/&lt;id&gt;.yaml</c>.</summary>
internal static class QuestionBankReader
{
    public static Loaded<QuestionBank>? Read(YamlNode root, string expectedId, DiagnosticCollector diagnostics)
    {
        if (MappingReader.Open(root, FieldSets.QuestionBank, diagnostics, "", "het bestand") is not { } reader)
            return null;

        var (id, idPosition) = IdField.Read(reader, expectedId);
        var questions = reader.TextList("vragen").ToValueList();
        var groups = ReadGroups(reader);
        if (reader.Node("vragen") is null && reader.Node("groepen") is null)
            diagnostics.Error(reader.Position, "vragen", "verplicht veld 'vragen' ontbreekt (of gebruik 'groepen')");
        else if (questions.Count == 0 && groups.Count == 0 && reader.Node("vragen") is YamlSequence)
            diagnostics.Error(reader.PositionOf("vragen"), "vragen", "'vragen' moet minstens één vraag bevatten");

        var bank = new QuestionBank(
            id,
            reader.Text("titel"),
            reader.Text("bron"),
            reader.OptionalText("seed") ?? "",
            reader.OptionalText("inleiding"),
            questions,
            groups,
            reader.OptionalText("afsluiting"));
        var places = new List<MarkedPlace>();
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["titel"] = bank.Title,
            ["bron"] = bank.Source,
            ["inleiding"] = bank.Introduction,
            ["vragen"] = string.Join('\n', bank.Questions),
            ["groepen"] = string.Join('\n', bank.Groups.SelectMany(g => g.Questions.Prepend(g.Title))),
            ["afsluiting"] = bank.Closing,
        };
        bank = bank with { Marks = SourceMarkReader.Read(reader, "", fields, places) };
        return new Loaded<QuestionBank>(diagnostics.File, id, idPosition, bank, []) { Marks = [.. places] };
    }

    private static ValueList<QuestionGroup> ReadGroups(MappingReader bank)
    {
        if (bank.Sequence("groepen") is not { } sequence)
            return ValueList<QuestionGroup>.Empty;

        var groups = new List<QuestionGroup>();
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            if (MappingReader.Open(sequence.Items[i], FieldSets.QuestionGroup, bank.Diagnostics, $"groepen[{i}]", $"groep {i + 1}") is not { } reader)
                continue;
            var questions = reader.TextList("vragen").ToValueList();
            if (questions.Count == 0 && reader.Node("vragen") is YamlSequence)
                reader.Diagnostics.Error(reader.PositionOf("vragen"), reader.PathOf("vragen"), "'vragen' moet minstens één vraag bevatten");
            groups.Add(new QuestionGroup(reader.Text("titel"), questions));
        }

        return groups.ToValueList();
    }
}
