namespace IntervisieDocs.Sessions;

/// <summary>A parallel subgroup: its members (empty when the session gives only a number), size, gespreksleider and inbrenger.</summary>
internal sealed record Subgroup(int Number, int Size, IReadOnlyList<string> Members, string? Leader, string? Presenter);
