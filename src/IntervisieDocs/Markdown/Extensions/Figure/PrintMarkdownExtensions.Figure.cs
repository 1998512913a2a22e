using IntervisieDocs.Markdown.Extensions.Figure;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>[[figuur "boven" "onder" …]]</c>: a simple figure of framed words (see <see cref="Layout.WordDiagram"/>).</summary>
    public static MarkdownPipelineBuilder UseWordFigures(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseDirective<FigureParser, FigureRenderer>();
}
