using IntervisieDocs.Markdown.Renderers;
using Markdig;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>One print directive as a Markdig extension: its parser for the syntax, its renderer for the layout.</summary>
internal sealed class DirectiveExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : IDirectiveParser, new()
    where TRenderer : class, IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.Extensions.Find<DirectivesExtension>()!.Directives.Add(new TParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is LayoutRenderer layout)
        {
            layout.ObjectRenderers.AddIfNotAlready<TRenderer>();
        }
    }
}
