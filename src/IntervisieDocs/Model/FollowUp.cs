namespace IntervisieDocs.Model;

/// <summary>What happens after the session (seed 000 "Vervolg monitoren"). <see cref="Description"/> is Markdown.</summary>
internal sealed record FollowUp(string Title, string? Purpose, string? Description);
