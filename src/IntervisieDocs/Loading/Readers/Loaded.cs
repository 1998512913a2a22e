using System.Collections.Immutable;

namespace IntervisieDocs.Loading.Readers;

/// <summary>
/// One file's value with what the cross-file checks need: where its id is, and which question
/// banks it refers to (only methods refer to any).
/// </summary>
internal sealed record Loaded<T>(
    string File,
    string Id,
    SourcePosition IdPosition,
    T Value,
    ImmutableArray<QuestionBankReference> References)
{
    /// <summary>Every place of the file that is marked as not simply the source's words.</summary>
    public ImmutableArray<MarkedPlace> Marks { get; init; } = [];
}
