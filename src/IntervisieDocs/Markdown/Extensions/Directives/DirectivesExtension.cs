using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>The <c>[[naam …]]</c> line syntax; each print directive registers its parser here.</summary>
internal sealed class DirectivesExtension : IMarkdownExtension
{
    public SyntaxRegistry<IDirectiveParser> Directives { get; } = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>())
        {
            pipeline.BlockParsers.Add(new DirectiveBlockParser(Directives));
        }

        if (!pipeline.InlineParsers.Contains<DirectiveInlineGuard>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new DirectiveInlineGuard(Directives));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
