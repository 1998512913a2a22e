using IntervisieDocs.Markdown.Extensions.KeepTogether;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>::: bijelkaar</c> … <c>:::</c>: keep a block on one page.</summary>
    public static MarkdownPipelineBuilder UseKeepTogether(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseContainer<KeepTogetherParser, KeepTogetherRenderer>();
}
