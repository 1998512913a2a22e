using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions.LiteralBraces;

/// <summary>
/// Generic attributes are wanted on headings (<c># Titel {#anker .geen-inhoud}</c>), but Markdig
/// also reads <c>{…}</c> after any inline, which silently deletes "{naam}" from running text.
/// This removes the inline part; attributes at the end of a heading or container line still work.
/// Must be set up after <see cref="GenericAttributesExtension"/>.
/// </summary>
internal sealed class LiteralBracesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.TryRemove<GenericAttributesParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
