namespace IntervisieDocs.Model;

/// <summary>
/// Rules, principles or background text from <c>methods/teksten/&lt;id&gt;.yaml</c>.
/// <see cref="ExampleAction"/> is the worked example's action line (SMART).
/// </summary>
internal sealed record TextDocument(
    string Id,
    string Title,
    string Source,
    string Seed,
    TextKind Kind,
    ValueList<TextSection> Sections,
    string? ExampleAction)
{
    /// <summary>Places that are not simply the source's words.</summary>
    public ValueList<SourceMark> Marks { get; init; } = ValueList<SourceMark>.Empty;
}
