namespace IntervisieDocs.Model;

/// <summary>
/// An intervisie method as loaded from <c>methods/&lt;id&gt;.yaml</c>.
/// <see cref="Purpose"/> may be empty: one source has no purpose line, and inventing one is worse.
/// <see cref="Introduction"/> is Markdown; the other texts are literal. <see cref="TextIds"/> names
/// texts (teksten/) that belong with the method, such as its principles.
/// </summary>
internal sealed record Method(
    string Id,
    string Title,
    string Purpose,
    string? Introduction,
    string Source,
    string Seed,
    GroupSize GroupSize,
    ValueList<Role> Roles,
    ValueList<string> Materials,
    ValueList<string> Tags,
    bool ForBeginners,
    int? StatedTotalMinutes,
    ValueList<Step> Steps,
    FollowUp? FollowUp,
    ValueList<string> TextIds)
{
    /// <summary>Places of this method that are not simply the source's words (steps have their own).</summary>
    public ValueList<SourceMark> Marks { get; init; } = ValueList<SourceMark>.Empty;

    /// <summary>Sum of the steps that have a time; steps without one count as zero.</summary>
    public int TotalMinutes => Steps.Sum(s => s.Minutes ?? 0);

    public int TotalMinutesWithoutOptional => Steps.Where(s => !s.Optional).Sum(s => s.Minutes ?? 0);

    /// <summary>False for a phase model, where the source gives no times at all.</summary>
    public bool HasTimes => Steps.Any(s => s.Minutes is not null);

    public IReadOnlyList<Step> StepsWithoutTime => [.. Steps.Where(s => s.Minutes is null)];

    public Role? FindRole(string id) => Roles.FirstOrDefault(r => r.Id == id);
}
