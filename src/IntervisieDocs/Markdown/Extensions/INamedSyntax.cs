namespace IntervisieDocs.Markdown.Extensions;

/// <summary>A print directive or container kind, known by the names a Markdown author writes.</summary>
internal interface INamedSyntax
{
    IReadOnlyList<string> Names { get; }
}
