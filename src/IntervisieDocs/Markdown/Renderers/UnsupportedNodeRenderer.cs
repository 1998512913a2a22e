using Markdig.Renderers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Registered last: Markdig silently skips a node nobody renders, which would drop text from a
/// printed hand-out. Anything that reaches this renderer is an error instead.
/// </summary>
internal sealed class UnsupportedNodeRenderer : IMarkdownObjectRenderer
{
    public bool Accept(RendererBase renderer, Type objectType) => true;

    public void Write(RendererBase renderer, MarkdownObject objectToRender) =>
        throw new MarkdownPrintException(
            objectToRender.Line + 1,
            objectToRender.GetType().Name,
            "dit Markdown-element kan (nog) niet worden afgedrukt");
}
