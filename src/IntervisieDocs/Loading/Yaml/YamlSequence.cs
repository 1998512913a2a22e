using System.Collections.Immutable;

namespace IntervisieDocs.Loading.Yaml;

internal sealed record YamlSequence(SourcePosition Position, ImmutableArray<YamlNode> Items) : YamlNode(Position)
{
    public override string Describe() => "een lijst";
}
