using IntervisieDocs.Model;

namespace IntervisieDocs.Loading;

/// <summary>
/// The outcome of <see cref="DataLoader.Load"/>: the data when there are no errors, and every
/// diagnostic (errors and warnings) in file order, then line and column. With errors,
/// <see cref="Usable"/> still holds what the files without errors provide, for <see cref="For"/>.
/// </summary>
internal sealed record LoadResult(DataSet? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every place marked as incomplete in the source, reconstructed, our guidance, corrected or kept as written, in file order.</summary>
    public IReadOnlyList<MarkedPlace> Marks { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>Every method, bank and text from a file without errors (methods only when what they refer to has none either).</summary>
    public DataSet? Usable { get; init; } = Data;

    public IReadOnlyList<BrokenFile> Broken { get; init; } = [];

    /// <summary>
    /// The data for a product that uses <paramref name="needs"/>: when none of its files has errors, the
    /// usable data and the broken files it leaves out; otherwise null data and the errors that block it.
    /// </summary>
    public (DataSet? Data, IReadOnlyList<Diagnostic> Blocking, IReadOnlyList<BrokenFile> Skipped) For(DataNeeds needs)
    {
        if (!HasErrors)
        {
            return (Data, [], []);
        }

        var outsideFiles = Diagnostics.Where(d => d.IsError && Broken.All(b => b.File != d.File)).ToList();
        if (needs.All || outsideFiles.Count > 0 || Usable is null)
        {
            return (null, [.. Diagnostics.Where(d => d.IsError)], []);
        }

        var used = Broken.Where(b => Uses(needs, b)).ToList();
        if (used.Count > 0)
        {
            return (null, [.. used.SelectMany(b => b.Errors)], []);
        }

        return (Usable, [], [.. Broken]);
    }

    private bool Uses(DataNeeds needs, BrokenFile broken) => broken.Kind switch
    {
        DataKind.Method => needs.MethodId is { } id && broken.Ids.Contains(id),
        DataKind.QuestionBank => needs.QuestionBankId is { } id && broken.Ids.Contains(id)
            || needs.MethodId is { } m && ReferencedBy(m, broken),
        DataKind.Text => needs.MethodId is { } t && ReferencedBy(t, broken),
        _ => false,
    };

    /// <summary>A method left out of <see cref="Usable"/> because it refers to this file's id.</summary>
    private bool ReferencedBy(string methodId, BrokenFile broken) =>
        MethodReferences.TryGetValue(methodId, out var ids) && ids.Overlaps(broken.Ids);

    /// <summary>The bank and text ids each method refers to.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> MethodReferences { get; init; } = new Dictionary<string, HashSet<string>>();
}
