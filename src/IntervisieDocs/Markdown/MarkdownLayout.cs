using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown;

/// <summary>Markdown (the output of the templates) to layout elements, ready for the paging loop.</summary>
internal static class MarkdownLayout
{
    /// <summary>Renders <paramref name="markdown"/> as one column of elements.</summary>
    /// <exception cref="MarkdownPrintException">A print directive or container is unknown, malformed or has bad arguments.</exception>
    /// <param name="methodFigures">The methods for <c>[[kopband]]</c> and <c>[[tijdlijn]]</c>, or null when the product has none.</param>
    public static Element Render(string markdown, PrintTheme theme, IMethodFigures? methodFigures = null)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            // Markdig's depth limit ("too deeply nested"); the data's own texts are checked when loaded.
            throw new MarkdownPrintException(0, "Markdown", "te diep genest (citaten, lijsten of haakjes in elkaar); dit kan niet gedrukt worden");
        }

        var renderer = new LayoutRenderer(theme, methodFigures);
        pipeline.Setup(renderer);
        return (Element)renderer.Render(document);
    }
}
