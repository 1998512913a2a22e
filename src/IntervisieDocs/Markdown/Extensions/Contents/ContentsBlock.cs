using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Contents;

/// <summary><c>[[inhoud]]</c> or <c>[[inhoud 1]]</c>: the table of contents, to the given heading level.</summary>
internal sealed class ContentsBlock(BlockParser parser, int maxLevel) : LeafBlock(parser)
{
    public int MaxLevel { get; } = maxLevel;
}
