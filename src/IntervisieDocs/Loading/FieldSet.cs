using System.Collections.Immutable;

namespace IntervisieDocs.Loading;

/// <summary>The keys one kind of YAML mapping may have, and which of them are required.</summary>
internal sealed record FieldSet(string Name, ImmutableArray<string> Allowed, ImmutableArray<string> Required)
{
    public bool Allows(string key) => Allowed.Contains(key);
}
