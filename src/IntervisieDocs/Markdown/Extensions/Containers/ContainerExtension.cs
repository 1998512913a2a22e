using IntervisieDocs.Markdown.Renderers;
using Markdig;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Containers;

/// <summary>One print container as a Markdig extension: its parser for the syntax, its renderer for the layout.</summary>
internal sealed class ContainerExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : IContainerParser, new()
    where TRenderer : class, IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.Extensions.Find<ContainersExtension>()!.Containers.Add(new TParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is LayoutRenderer layout)
        {
            layout.ObjectRenderers.AddIfNotAlready<TRenderer>();
        }
    }
}
