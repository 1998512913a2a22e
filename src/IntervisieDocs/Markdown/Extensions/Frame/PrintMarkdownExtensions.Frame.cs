using IntervisieDocs.Markdown.Extensions.Frame;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>::: kader [titel]</c> and <c>::: kader-grijs [titel]</c> … <c>:::</c>: a framed or shaded box.</summary>
    public static MarkdownPipelineBuilder UseFrames(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseContainer<FrameParser, FrameRenderer>();
}
