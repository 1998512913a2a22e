namespace IntervisieDocs.Templating;

/// <summary>
/// The top-level variables a template is rendered with: plain names and plain values (text, numbers,
/// yes/no, lists, <see cref="TemplateObject"/>s). Nothing of the template engine leaks into a model.
/// </summary>
internal sealed class TemplateVariables
{
    private readonly Dictionary<string, object?> _values;

    public TemplateVariables(IEnumerable<(string Name, object? Value)> variables)
    {
        _values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            _values[name] = value;
        }
    }

    public IReadOnlyCollection<string> Names => _values.Keys;

    public object? this[string name] => _values[name];

    public IEnumerable<KeyValuePair<string, object?>> All => _values;
}
