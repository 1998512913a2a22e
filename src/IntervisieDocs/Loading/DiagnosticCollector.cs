namespace IntervisieDocs.Loading;

/// <summary>Collects the diagnostics of one file, so readers need not repeat the file name.</summary>
internal sealed class DiagnosticCollector(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public void Error(SourcePosition at, string? field, string message) =>
        Add(DiagnosticSeverity.Error, at, field, message);

    public void Warning(SourcePosition at, string? field, string message) =>
        Add(DiagnosticSeverity.Warning, at, field, message);

    private void Add(DiagnosticSeverity severity, SourcePosition at, string? field, string message) =>
        _diagnostics.Add(new Diagnostic(severity, File, at.Line, at.Column, field, message));
}
