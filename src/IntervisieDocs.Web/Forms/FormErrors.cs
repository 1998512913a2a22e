namespace IntervisieDocs.Web.Forms;

/// <summary>Dutch messages per form field; <see cref="General"/> for those that belong to no field.</summary>
internal sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public List<string> General { get; } = [];

    public bool Any => General.Count > 0 || _byField.Count > 0;

    public void Add(string? field, string message)
    {
        if (field is null)
        {
            General.Add(message);
            return;
        }

        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var list) ? list : [];

    public IEnumerable<string> Fields => _byField.Keys;
}
