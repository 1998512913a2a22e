using Markdig.Parsers;

namespace IntervisieDocs.Markdown.Extensions.Containers;

/// <summary>One container opening line as written.</summary>
/// <param name="Line">1-based line in the Markdown source.</param>
/// <param name="Source">The opening line, e.g. <c>::: kader Titel</c>.</param>
/// <param name="Arguments">Everything after the name, trimmed (backslash escapes already resolved).</param>
internal sealed record ContainerContext(BlockParser? Parser, int Line, string Source, string Name, string Arguments)
{
    public MarkdownPrintException Fail(string problem) => new(Line, Source, problem);
}
