namespace IntervisieDocs.Files;

/// <summary>
/// An input file that cannot be used as it is: not there, not a regular file, too big, not UTF-8. The
/// message is Dutch and starts with the file as the user named it (and the line, where there is one).
/// </summary>
internal sealed class InputFileException(string file, int line, int column, string problem)
    : Exception(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The message without the file.</summary>
    public string Problem { get; } = problem;
}
