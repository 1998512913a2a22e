using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig;
using Markdig.Renderers;

namespace IntervisieDocs.Markdown.Extensions;

/// <summary>The <c>UseX()</c> methods of the print extensions; each feature folder adds its own.</summary>
internal static partial class PrintMarkdownExtensions
{
    /// <summary>Adds the <c>[[…]]</c> line syntax (once) and one directive with its renderer.</summary>
    public static MarkdownPipelineBuilder UseDirective<TParser, TRenderer>(this MarkdownPipelineBuilder pipeline)
        where TParser : IDirectiveParser, new()
        where TRenderer : class, IMarkdownObjectRenderer, new()
    {
        pipeline.Extensions.AddIfNotAlready<DirectivesExtension>();
        pipeline.Extensions.AddIfNotAlready<DirectiveExtension<TParser, TRenderer>>();
        return pipeline;
    }
}
