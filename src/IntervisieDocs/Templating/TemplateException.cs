namespace IntervisieDocs.Templating;

/// <summary>A template that cannot be read, parsed or rendered; the message names the file and, where known, the line.</summary>
internal sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);
