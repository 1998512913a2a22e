using System.Collections.Immutable;

namespace IntervisieDocs.Loading.Yaml;

/// <summary>A mapping in document order. Duplicate keys were reported and dropped when reading.</summary>
internal sealed record YamlMapping(SourcePosition Position, ImmutableArray<YamlEntry> Entries) : YamlNode(Position)
{
    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);

    public override string Describe() => "een groep velden";
}
