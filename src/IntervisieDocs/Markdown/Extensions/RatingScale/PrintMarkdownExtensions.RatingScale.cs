using IntervisieDocs.Markdown.Extensions.RatingScale;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[schaal optie | optie | …]]</c>: a row of labelled checkboxes.</summary>
    public static MarkdownPipelineBuilder UseRatingScales(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<RatingScaleParser, RatingScaleRenderer>();
}
