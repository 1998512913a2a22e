using IntervisieDocs.Layout;

namespace IntervisieDocs.Products;

/// <summary>A generated document: the Markdown its template produced, and the laid-out document to print.</summary>
/// <param name="FileName">Suggested file name without extension, e.g. "handout-vissenkom".</param>
internal sealed record Product(string FileName, string Markdown, DocumentModel Document)
{
    /// <summary>What the terminal says besides "geschreven: …", e.g. a pack's print guide.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
