using IntervisieDocs.Markdown.Extensions.PageBreak;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[nieuwe-pagina]]</c>: the rest starts on a new page.</summary>
    public static MarkdownPipelineBuilder UsePageBreaks(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<PageBreakParser, PageBreakRenderer>();
}
