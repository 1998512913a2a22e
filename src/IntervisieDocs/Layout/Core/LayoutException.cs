namespace IntervisieDocs.Layout;

/// <summary>Content that can never fit on its page: names the element and the reason.</summary>
internal sealed class LayoutException(string message) : Exception(message);
