using IntervisieDocs.Markdown.Extensions.AnswerBox;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[antwoordvak hoogte]]</c>, <c>[[antwoordvak hoogte "label"]]</c>: a framed box to write in.</summary>
    public static MarkdownPipelineBuilder UseAnswerBoxes(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<AnswerBoxParser, AnswerBoxRenderer>();
}
