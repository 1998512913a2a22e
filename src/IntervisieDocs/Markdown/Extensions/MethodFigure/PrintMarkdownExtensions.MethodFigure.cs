using IntervisieDocs.Markdown.Extensions.MethodFigure;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[kopband id]]</c> and <c>[[tijdlijn id]]</c>: a method's header band and timeline, from the product's <see cref="IMethodFigures"/>.</summary>
    public static MarkdownPipelineBuilder UseMethodFigures(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<MethodFigureParser, MethodFigureRenderer>();
}
