using IntervisieDocs.Model;

namespace IntervisieDocs.Products.Worksheets;

/// <summary>
/// Which copies to make and of what. With <see cref="Names"/>, one copy per name with the name printed
/// in its name field; otherwise <see cref="Copies"/> blank copies.
/// </summary>
internal sealed record WorksheetOptions
{
    /// <summary>A trainer's group, not a print run: more is almost certainly a mistake.</summary>
    public const int MaxCopies = 100;

    /// <summary>A name fits the name field and, after the title, the page header.</summary>
    public const int MaxNameLength = Model.ParticipantName.MaxLength;

    public IReadOnlyList<string> Names { get; init; } = [];

    public int Copies { get; init; } = 1;

    /// <summary>The method of the session, for the kinds that use one (<see cref="WorksheetKind.UsesMethod"/>).</summary>
    public Method? Method { get; init; }

    /// <summary>Add the worked example (<see cref="WorksheetKind.HasExample"/>).</summary>
    public bool Example { get; init; }

    /// <summary>The name of every copy in order; null for a blank one.</summary>
    public IReadOnlyList<string?> CopyNames => Names.Count > 0 ? [.. Names] : [.. Enumerable.Repeat<string?>(null, Copies)];
}
