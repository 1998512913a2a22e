namespace IntervisieDocs.Loading;

/// <summary>A data file with errors: what it would have provided (its file name and any id read from it) and its errors.</summary>
internal sealed record BrokenFile(string File, DataKind Kind, IReadOnlySet<string> Ids, IReadOnlyList<Diagnostic> Errors);
