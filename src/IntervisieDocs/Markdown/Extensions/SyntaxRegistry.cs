using System.Collections.Frozen;

namespace IntervisieDocs.Markdown.Extensions;

/// <summary>
/// The directives (or containers) a pipeline knows. Filled while the pipeline is built, frozen at
/// first use: a shared pipeline must not learn new syntax halfway through a run.
/// </summary>
internal sealed class SyntaxRegistry<T>
    where T : class, INamedSyntax
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private FrozenDictionary<string, T>? _frozen;

    public void Add(T syntax)
    {
        lock (_gate)
        {
            if (_frozen is not null)
            {
                throw new InvalidOperationException("De Markdown-pijplijn is al in gebruik; voeg syntaxis toe vóór Build().");
            }

            foreach (var name in syntax.Names)
            {
                if (_entries.TryGetValue(name, out var existing) && existing.GetType() != syntax.GetType())
                {
                    throw new InvalidOperationException($"\"{name}\" is al geregistreerd door {existing.GetType().Name}.");
                }

                _entries[name] = syntax;
            }
        }
    }

    /// <summary>The registered syntax; the first read freezes the registry (parsers read it per line).</summary>
    public FrozenDictionary<string, T> Entries => Volatile.Read(ref _frozen) ?? Freeze();

    private FrozenDictionary<string, T> Freeze()
    {
        lock (_gate)
        {
            return _frozen ??= _entries.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>The names in alphabetical order, for "bekend zijn: …" in error messages.</summary>
    public string KnownNames => string.Join(", ", Entries.Keys.Order(StringComparer.Ordinal));
}
