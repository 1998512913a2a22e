using IntervisieDocs.Markdown.Extensions.Containers;
using Markdig;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary>Adds the <c>:::</c> container syntax (once) and one container kind with its renderer.</summary>
    public static MarkdownPipelineBuilder UseContainer<TParser, TRenderer>(this MarkdownPipelineBuilder pipeline)
        where TParser : IContainerParser, new()
        where TRenderer : class, IMarkdownObjectRenderer, new()
    {
        pipeline.Extensions.AddIfNotAlready<ContainersExtension>();
        pipeline.Extensions.AddIfNotAlready<ContainerExtension<TParser, TRenderer>>();
        return pipeline;
    }
}
