namespace IntervisieDocs.Loading;

internal enum DiagnosticSeverity
{
    /// <summary>The data cannot be used; <see cref="LoadResult.Data"/> is null.</summary>
    Error,

    /// <summary>The data is usable but disagrees with itself or its source (e.g. a stated total).</summary>
    Warning,
}
