using System.Collections.Immutable;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Readers;

internal static class StepReader
{
    /// <summary>The steps and, per step, where it starts (for warnings about its time).</summary>
    public static (ValueList<Step> Steps, ImmutableArray<SourcePosition> Positions) ReadAll(
        MappingReader method, ValueList<Role> roles, ImmutableArray<QuestionBankReference>.Builder references,
        List<MarkedPlace> places)
    {
        if (method.Sequence("stappen") is not { } sequence)
            return (ValueList<Step>.Empty, []);
        if (sequence.Items.IsEmpty)
            method.Diagnostics.Error(sequence.Position, "stappen", "'stappen' moet minstens één stap bevatten");

        var steps = new List<Step>();
        var positions = ImmutableArray.CreateBuilder<SourcePosition>();
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var number = i + 1;
            var path = $"stappen[{i}]";
            if (MappingReader.Open(sequence.Items[i], FieldSets.Step, method.Diagnostics, path, $"stap {number}") is not { } reader)
                continue;

            var banks = reader.TextItems("vragen");
            foreach (var bank in banks)
                references.Add(new QuestionBankReference(bank.Value, bank.Position, reader.PathOf("vragen")));

            var step = new Step(
                number,
                reader.Text("titel"),
                reader.Integer("minuten", 1, Vocabulary.MaxMinutes),
                reader.OptionalText("doel"),
                reader.OptionalText("beschrijving"),
                ReadRoleInstructions(reader, number, roles),
                banks.Select(b => b.Value).ToValueList(),
                reader.Boolean("optioneel"),
                reader.Boolean("herhaalt_per_onderwerp"));
            steps.Add(step with { Marks = SourceMarkReader.Read(reader, $"stap {number}", MarkableFields(step), places) });
            positions.Add(reader.Position);
        }

        return (steps.ToValueList(), positions.ToImmutable());
    }

    /// <summary>What a step's <c>herkomst</c> may name: its texts, and each role's instruction as <c>rollen.&lt;rol-id&gt;</c>.</summary>
    private static Dictionary<string, string?> MarkableFields(Step step)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["titel"] = step.Title,
            ["minuten"] = step.Minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["doel"] = step.Purpose,
            ["beschrijving"] = step.Description,
        };
        foreach (var instruction in step.RoleInstructions)
            fields[$"rollen.{instruction.RoleId}"] = instruction.Text;
        return fields;
    }

    private static ValueList<RoleInstruction> ReadRoleInstructions(MappingReader step, int number, ValueList<Role> roles)
    {
        if (step.Mapping("rollen") is not { } mapping)
            return ValueList<RoleInstruction>.Empty;

        var roleIds = roles.Select(r => r.Id).ToList();
        var instructions = new List<RoleInstruction>();
        foreach (var (key, value) in mapping.Entries)
        {
            var path = $"{step.PathOf("rollen")}.{key.Value}";
            // Without roles (already reported) every key would look unknown.
            if (roleIds.Count > 0 && !roleIds.Contains(key.Value))
                step.Diagnostics.Error(key.Position, path, UnknownRole(key.Value, number, roleIds));

            if (value is YamlScalar { IsNull: false, Value.Length: > 0 } text)
                instructions.Add(new RoleInstruction(key.Value, text.Value));
            else
                step.Diagnostics.Error(value.Position, path, $"de instructie voor rol '{key.Value}' moet tekst zijn, niet {value.Describe()}");
        }

        return instructions.ToValueList();
    }

    private static string UnknownRole(string roleId, int number, List<string> roleIds) =>
        Suggestions.Closest(roleId, roleIds) is { } suggestion
            ? $"onbekende rol '{roleId}' in stap {number} — bedoelde je '{suggestion}'?"
            : $"onbekende rol '{roleId}' in stap {number}; de rollen van deze methode zijn: {string.Join(", ", roleIds)}";
}
