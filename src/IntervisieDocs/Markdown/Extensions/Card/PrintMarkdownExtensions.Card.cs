using IntervisieDocs.Markdown.Extensions.Card;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>::: kaart [titel]</c> … <c>:::</c>: a card, for now a framed box kept on one page.</summary>
    public static MarkdownPipelineBuilder UseCards(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseContainer<CardParser, CardRenderer>();
}
