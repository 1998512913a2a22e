using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Containers;

/// <summary>
/// Block containers <c>::: naam …</c> … <c>:::</c>; each print container registers its parser here.
/// Only Markdig's block parser is used, not its whole extension: that one also turns
/// <c>::tekst::</c> in running text into markup, and text from data must stay literal.
/// </summary>
internal sealed class ContainersExtension : IMarkdownExtension
{
    public SyntaxRegistry<IContainerParser> Containers { get; } = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            return;
        }

        pipeline.BlockParsers.InsertBefore<ThematicBreakParser>(new CustomContainerParser());
        var resolver = new ContainerResolver(Containers);
        pipeline.DocumentProcessed += resolver.Resolve;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
