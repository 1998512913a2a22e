using System.Collections;

namespace IntervisieDocs.Templating;

/// <summary>
/// A model object as a template sees it: a fixed set of named fields. Asking for any other field is
/// an error (DotLiquid would quietly give nothing, which would print an empty handout line), also in a
/// bare <c>{% if methode.tittel %}</c>.
/// </summary>
internal sealed class TemplateObject : IDictionary
{
    private readonly Dictionary<string, object?> _fields;

    public TemplateObject(string kind, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        Kind = kind;
        _fields = new Dictionary<string, object?>(fields, StringComparer.Ordinal);
    }

    /// <summary>What this object is, in Dutch ("methode", "stap"), for messages.</summary>
    public string Kind { get; }

    public IReadOnlyCollection<string> FieldNames => _fields.Keys;

    public object? this[string key] => _fields[key];

    object? IDictionary.this[object key]
    {
        get => key is string name && Has(name) ? _fields[name] : null;
        set => throw new NotSupportedException("Sjabloongegevens zijn alleen-lezen.");
    }

    bool IDictionary.Contains(object key) => key is string name && Has(name);

    private bool Has(string name) =>
        _fields.ContainsKey(name) ? true : throw new UnknownFieldException(Kind, name, _fields.Keys);

    ICollection IDictionary.Keys => _fields.Keys;

    ICollection IDictionary.Values => _fields.Values;

    bool IDictionary.IsReadOnly => true;

    bool IDictionary.IsFixedSize => true;

    int ICollection.Count => _fields.Count;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    void IDictionary.Add(object key, object? value) => throw new NotSupportedException();

    void IDictionary.Clear() => throw new NotSupportedException();

    void IDictionary.Remove(object key) => throw new NotSupportedException();

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_fields).CopyTo(array, index);

    IDictionaryEnumerator IDictionary.GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();
}

/// <summary>A template asked an object for a field it does not have.</summary>
internal sealed class UnknownFieldException(string kind, string field, IEnumerable<string> known)
    : Exception($"{kind} heeft geen veld '{field}' (wel: {string.Join(", ", known.Order(StringComparer.Ordinal))})")
{
    public string Field { get; } = field;
}
