namespace IntervisieDocs.Model;

/// <summary>
/// One step of a method. <see cref="Minutes"/> is null when the source gives no time.
/// <see cref="Description"/> and the role instructions are Markdown; the rest is literal text.
/// </summary>
internal sealed record Step(
    int Number,
    string Title,
    int? Minutes,
    string? Purpose,
    string? Description,
    ValueList<RoleInstruction> RoleInstructions,
    ValueList<string> QuestionBankIds,
    bool Optional,
    bool RepeatsPerTopic)
{
    /// <summary>Places that are not simply the source's words.</summary>
    public ValueList<SourceMark> Marks { get; init; } = ValueList<SourceMark>.Empty;
}
