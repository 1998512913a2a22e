using Markdig.Parsers;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>One directive line as written, with what a parser needs to build a block or report an error.</summary>
/// <param name="Line">1-based line in the Markdown source.</param>
/// <param name="Source">The whole directive, e.g. <c>[[schrijfregels 5]]</c>.</param>
/// <param name="Arguments">Everything after the name, trimmed.</param>
internal sealed record DirectiveContext(BlockParser Parser, int Line, string Source, string Name, string Arguments)
{
    public MarkdownPrintException Fail(string problem) => new(Line, Source, problem);
}
