namespace IntervisieDocs.Templating;

/// <summary>
/// A list of model objects with ids, the one shape of <c>methoden</c>, <c>vragenbanken</c> and
/// <c>teksten</c> in every template: it loops in the data's order (<c>{{ for m in methoden }}</c>),
/// and it is looked up by id (<c>methoden["modelling"]</c>) or by position (<c>methoden[0]</c>). An
/// unknown id is an error that lists the ids there are. Not a .NET list on purpose: Scriban sends a
/// string index on a list to its integer indexer.
/// </summary>
internal sealed class TemplateList : System.Collections.IEnumerable
{
    private readonly List<object?> _items = [];
    private readonly Dictionary<string, object?> _byId = new(StringComparer.Ordinal);

    /// <param name="kind">What the list holds, in Dutch ("methoden"), for messages.</param>
    public TemplateList(string kind, IEnumerable<(string Id, object? Item)> items)
    {
        Kind = kind;
        foreach (var (id, item) in items)
        {
            _items.Add(item);
            _byId[id] = item;
        }
    }

    public string Kind { get; }

    public int Count => _items.Count;

    public IReadOnlyCollection<string> Ids => _byId.Keys;

    public object? this[int index] => _items[index];

    public bool TryGet(string id, out object? item) => _byId.TryGetValue(id, out item);

    public System.Collections.IEnumerator GetEnumerator() => _items.GetEnumerator();
}
