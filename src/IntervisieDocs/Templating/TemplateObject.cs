namespace IntervisieDocs.Templating;

/// <summary>
/// A model object as a template sees it: a fixed set of named fields. Asking for any other field is
/// an error that names the template's file, line and column and lists the fields there are (never an
/// empty line on paper), also in a bare <c>{{ if methode.tittel }}</c>.
/// </summary>
internal sealed class TemplateObject
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

    public bool TryGet(string name, out object? value) => _fields.TryGetValue(name, out value);

    /// <summary>"methode heeft geen veld 'tittel' (wel: doel, id, titel)".</summary>
    public string UnknownField(string name) =>
        $"{Kind} heeft geen veld '{name}' (wel: {string.Join(", ", _fields.Keys.Order(StringComparer.Ordinal))})";
}
