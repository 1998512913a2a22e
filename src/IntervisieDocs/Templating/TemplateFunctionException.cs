namespace IntervisieDocs.Templating;

/// <summary>A template function that cannot do what the template asks; the renderer adds the file, line and column.</summary>
internal sealed class TemplateFunctionException(string message) : Exception(message);
