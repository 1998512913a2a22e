using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown;

/// <summary>Markdown (the output of the templates) to layout elements, ready for the paging loop.</summary>
internal static class MarkdownLayout
{
    /// <summary>Renders <paramref name="markdown"/> as one column of elements.</summary>
    /// <exception cref="MarkdownPrintException">A print directive or container is unknown, malformed or has bad arguments.</exception>
    public static Element Render(string markdown, PrintTheme theme)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var renderer = new LayoutRenderer(theme);
        pipeline.Setup(renderer);
        return (Element)renderer.Render(document);
    }
}
