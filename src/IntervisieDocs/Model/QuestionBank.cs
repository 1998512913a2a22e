namespace IntervisieDocs.Model;

/// <summary>
/// A question bank from <c>methods/vragen/&lt;id&gt;.yaml</c>. Questions are literal text;
/// <see cref="Introduction"/> and <see cref="Closing"/> are Markdown.
/// </summary>
internal sealed record QuestionBank(
    string Id,
    string Title,
    string Source,
    string Seed,
    string? Introduction,
    ValueList<string> Questions,
    ValueList<QuestionGroup> Groups,
    string? Closing)
{
    /// <summary>Places that are not simply the source's words.</summary>
    public ValueList<SourceMark> Marks { get; init; } = ValueList<SourceMark>.Empty;
}
