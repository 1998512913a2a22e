namespace IntervisieDocs.Markdown;

/// <summary>
/// Markdown that cannot be printed as written: a print directive with bad arguments, an unknown
/// directive or container. The message is Dutch and names the source line, so the caller can show
/// it to the user unchanged.
/// </summary>
internal sealed class MarkdownPrintException : Exception
{
    public MarkdownPrintException(int line, string construct, string problem)
        : base(line > 0 ? $"regel {line}: {construct}: {problem}" : $"{construct}: {problem}")
    {
        Line = line;
        Construct = construct;
        Problem = problem;
    }

    /// <summary>1-based line in the Markdown source.</summary>
    public int Line { get; }

    /// <summary>The offending text as written, e.g. "[[schrijfregels nul]]".</summary>
    public string Construct { get; }

    public string Problem { get; }
}
