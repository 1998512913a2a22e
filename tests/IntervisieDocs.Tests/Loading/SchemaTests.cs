using System.Text.Json;
using IntervisieDocs.Loading;

namespace IntervisieDocs.Tests.Loading;

/// <summary>The editor schema and the loader describe the same fields, so neither drifts alone.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Join(RepoPaths.Methods, "schema", "methode.schema.json"))).RootElement;

    public static TheoryData<string, string> Objects => new()
    {
        { "", "methode" },
        { "groepsgrootte", "groepsgrootte" },
        { "rol", "rol" },
        { "stap", "stap" },
        { "vervolg", "vervolg" },
        { "herkomstmarkering", "herkomst" },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_properties_equal_the_loaders_allowed_keys(string definition, string fieldSet)
    {
        var fields = FieldSetNamed(fieldSet);
        var schema = Definition(definition);

        Assert.Equal(fields.Allowed.Order(StringComparer.Ordinal), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(fields.Required.Order(StringComparer.Ordinal), schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_tags_equal_the_chooser_tags()
    {
        var tags = Schema.GetProperty("properties").GetProperty("tags").GetProperty("items").GetProperty("enum");
        Assert.Equal(Vocabulary.ChooserTags, tags.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_mark_kinds_equal_the_loaders()
    {
        var kinds = Definition("herkomstsoort").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(IntervisieDocs.Loading.Readers.SourceMarkReader.Kinds.Keys.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_minutes_are_integers_from_one_to_the_loaders_maximum()
    {
        var minutes = Definition("minuten");
        Assert.Equal("integer", minutes.GetProperty("type").GetString());
        Assert.Equal(1, minutes.GetProperty("minimum").GetInt32());
        Assert.Equal(Vocabulary.MaxMinutes, minutes.GetProperty("maximum").GetInt32());
        Assert.Equal("#/$defs/minuten", Definition("stap").GetProperty("properties").GetProperty("minuten").GetProperty("$ref").GetString());
    }

    [Fact]
    public void Every_method_file_names_the_schema_on_its_first_line()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Methods, "*.yaml"))
            Assert.Equal("# yaml-language-server: $schema=schema/methode.schema.json", File.ReadLines(file).First());
    }

    private static JsonElement Definition(string name) =>
        name.Length == 0 ? Schema : Schema.GetProperty("$defs").GetProperty(name);

    private static FieldSet FieldSetNamed(string name) =>
        new[] { FieldSets.Method, FieldSets.GroupSize, FieldSets.Role, FieldSets.Step, FieldSets.FollowUp, FieldSets.SourceMark }.Single(f => f.Name == name);
}
