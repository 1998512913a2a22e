namespace IntervisieDocs.Loading;

/// <summary>
/// Collects the diagnostics of one file, so readers need not repeat the file name. Stops after
/// <see cref="MaxPerFile"/>: past that a person fixes the first ones and runs again, and a
/// hostile file could otherwise produce hundreds of thousands.
/// </summary>
internal sealed class DiagnosticCollector(string file)
{
    public const int MaxPerFile = 100;

    private readonly List<Diagnostic> _diagnostics = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    /// <summary>True once the cap is reached; loops over many items may stop early.</summary>
    public bool IsFull => _diagnostics.Count > MaxPerFile;

    public void Error(SourcePosition at, string? field, string message) =>
        Add(DiagnosticSeverity.Error, at, field, message);

    public void Warning(SourcePosition at, string? field, string message) =>
        Add(DiagnosticSeverity.Warning, at, field, message);

    private void Add(DiagnosticSeverity severity, SourcePosition at, string? field, string message)
    {
        if (IsFull)
            return;
        _diagnostics.Add(_diagnostics.Count < MaxPerFile
            ? new Diagnostic(severity, File, at.Line, at.Column, field, message)
            : new Diagnostic(DiagnosticSeverity.Error, File, 0, 0, null, $"meer dan {MaxPerFile} problemen; alleen de eerste {MaxPerFile} zijn gemeld"));
    }
}
