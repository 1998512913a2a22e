using IntervisieDocs.Model;

namespace IntervisieDocs.Loading;

/// <summary>
/// The outcome of <see cref="DataLoader.Load"/>: the data when there are no errors, and every
/// diagnostic (errors and warnings) in file order, then line and column.
/// </summary>
internal sealed record LoadResult(DataSet? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
