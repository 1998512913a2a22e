using System.Collections.Immutable;
using IntervisieDocs.Loading.Checks;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Readers;

/// <summary>Reads <c>methods/&lt;id&gt;.yaml</c>; the field layout is documented in methods/README.md.</summary>
internal static class MethodReader
{
    public static Loaded<Method>? Read(YamlNode root, string expectedId, DiagnosticCollector diagnostics)
    {
        if (MappingReader.Open(root, FieldSets.Method, diagnostics, "", "het bestand") is not { } reader)
            return null;

        var (id, idPosition) = IdField.Read(reader, expectedId);
        var roles = RoleReader.ReadAll(reader);
        var references = ImmutableArray.CreateBuilder<QuestionBankReference>();
        var places = new List<MarkedPlace>();
        var (steps, stepPositions) = StepReader.ReadAll(reader, roles, references, places);
        var texts = reader.TextItems("teksten");
        foreach (var text in texts)
            references.Add(new QuestionBankReference(text.Value, text.Position, reader.PathOf("teksten"), IsText: true));

        var method = new Method(
            id,
            reader.Text("titel"),
            reader.TextOrEmpty("doel"),
            reader.OptionalText("inleiding"),
            reader.Text("bron"),
            reader.OptionalText("seed") ?? "",
            ReadGroupSize(reader),
            roles,
            reader.TextList("materialen").ToValueList(),
            ReadTags(reader),
            reader.Boolean("voor_beginners"),
            reader.Integer("totaal_volgens_bron", 1, Vocabulary.MaxMinutes),
            steps,
            ReadFollowUp(reader),
            texts.Select(t => t.Value).ToValueList());
        method = method with { Marks = ReadMarks(reader, method, places) };

        // An invalid 'minuten' reads as a missing one; time warnings would only echo the errors.
        if (!diagnostics.HasErrors)
            TimeCheck.Report(method, reader.PositionOf("totaal_volgens_bron"), stepPositions, diagnostics);
        return new Loaded<Method>(diagnostics.File, id, idPosition, method, references.ToImmutable())
        {
            Marks = [.. places.OrderBy(p => p.Position.Line).ThenBy(p => p.Position.Column)],
        };
    }

    /// <summary>
    /// The method's own marks; a group size marked <c>richtlijn: true</c> counts as a
    /// <see cref="SourceMarkKind.Guideline"/> mark too, so it is listed and printed like every other.
    /// </summary>
    private static ValueList<SourceMark> ReadMarks(MappingReader reader, Method method, List<MarkedPlace> places)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["titel"] = method.Title,
            ["doel"] = method.Purpose,
            ["inleiding"] = method.Introduction,
            ["bron"] = method.Source,
            ["groepsgrootte"] = $"{method.GroupSize.Min}–{method.GroupSize.Max}",
            ["materialen"] = string.Join('\n', method.Materials),
            ["tags"] = string.Join('\n', method.Tags),
            ["voor_beginners"] = method.ForBeginners ? "ja" : "nee",
            ["totaal_volgens_bron"] = method.StatedTotalMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var marks = SourceMarkReader.Read(reader, "", fields, places).ToList();
        if (method.GroupSize.IsGuideline && !marks.Any(m => m.Field == "groepsgrootte" && m.Kind == SourceMarkKind.Guideline))
        {
            var mark = new SourceMark("groepsgrootte", SourceMarkKind.Guideline, SourceMark.DefaultNote(SourceMarkKind.Guideline, "groepsgrootte", null));
            marks.Add(mark);
            places.Add(new MarkedPlace(reader.Diagnostics.File, reader.PositionOf("groepsgrootte"), "groepsgrootte", mark));
        }

        return marks.ToValueList();
    }

    private static GroupSize ReadGroupSize(MappingReader method)
    {
        if (method.Child("groepsgrootte", FieldSets.GroupSize) is not { } reader)
            return new GroupSize(0, 0);

        var min = reader.Integer("min", 1, int.MaxValue);
        var max = reader.Integer("max", 1, int.MaxValue);
        if (min > max)
            reader.Diagnostics.Error(reader.Position, "groepsgrootte", $"'groepsgrootte': min ({min}) is groter dan max ({max})");
        return new GroupSize(min ?? 0, max ?? 0, reader.Boolean("richtlijn"), reader.OptionalText("tekst"));
    }

    private static ValueList<string> ReadTags(MappingReader method)
    {
        var tags = method.TextItems("tags");
        foreach (var tag in tags.Where(t => !Vocabulary.ChooserTags.Contains(t.Value)))
        {
            if (method.Diagnostics.IsFull)
                break;
            var message = Suggestions.Closest(tag.Value, Vocabulary.ChooserTags) is { } suggestion
                ? $"onbekende tag '{tag.Value}' — bedoelde je '{suggestion}'?"
                : $"onbekende tag '{tag.Value}'; gebruik: {string.Join(", ", Vocabulary.ChooserTags)}";
            method.Diagnostics.Error(tag.Position, "tags", message);
        }

        return tags.Select(t => t.Value).ToValueList();
    }

    private static FollowUp? ReadFollowUp(MappingReader method) =>
        method.Child("vervolg", FieldSets.FollowUp) is { } reader
            ? new FollowUp(reader.Text("titel"), reader.OptionalText("doel"), reader.OptionalText("beschrijving"))
            : null;
}
