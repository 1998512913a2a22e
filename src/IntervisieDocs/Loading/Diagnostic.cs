namespace IntervisieDocs.Loading;

/// <summary>
/// One problem in the data. <see cref="File"/> is the path as the loader was given it;
/// <see cref="Line"/> and <see cref="Column"/> are 1-based, or 0 when the problem concerns a whole
/// file or folder. <see cref="Field"/> is a path such as <c>stappen[1].minuten</c>.
/// <see cref="Message"/> is Dutch, for the person who edits the YAML.
/// </summary>
internal sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string? Field,
    string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Compiler style, so editors and terminals can jump to the place: <c>methods/x.yaml:12:5: fout: ...</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "fout" : "waarschuwing";
        return Line > 0
            ? $"{File}:{Line}:{Column}: {severity}: {Message}"
            : $"{File}: {severity}: {Message}";
    }
}
