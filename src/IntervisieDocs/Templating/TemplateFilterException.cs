namespace IntervisieDocs.Templating;

/// <summary>A filter that cannot do what the template asks; <see cref="Needle"/> finds the template line.</summary>
internal sealed class TemplateFilterException(string filter, string needle, string message) : Exception(message)
{
    public string Filter { get; } = filter;

    public string Needle { get; } = needle;
}
