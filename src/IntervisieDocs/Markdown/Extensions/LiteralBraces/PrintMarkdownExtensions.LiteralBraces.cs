using IntervisieDocs.Markdown.Extensions.LiteralBraces;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary>Keeps <c>{…}</c> in running text literal; call after <c>UseGenericAttributes()</c>.</summary>
    public static MarkdownPipelineBuilder UseLiteralBraces(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LiteralBracesExtension>();
        return pipeline;
    }
}
