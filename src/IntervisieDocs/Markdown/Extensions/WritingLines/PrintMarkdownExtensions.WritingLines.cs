using IntervisieDocs.Markdown.Extensions.WritingLines;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[schrijfregels aantal]]</c>, <c>[[schrijfregels aantal afstand]]</c>: ruled lines to write on.</summary>
    public static MarkdownPipelineBuilder UseWritingLines(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<WritingLinesParser, WritingLinesRenderer>();
}
