using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Card;

/// <summary><c>::: kaart [titel]</c> … <c>:::</c>: one card (step, role or question card).</summary>
internal sealed class CardBlock(BlockParser? parser, string? title) : ContainerBlock(parser)
{
    public string? Title { get; } = title;
}
