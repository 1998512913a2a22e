using IntervisieDocs.Markdown.Extensions.Contents;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[inhoud]]</c>: a table of contents with page numbers that link.</summary>
    public static MarkdownPipelineBuilder UseContents(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<ContentsParser, ContentsRenderer>();
}
