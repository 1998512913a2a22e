using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.WritingLines;

/// <summary><c>[[schrijfregels 5]]</c> or <c>[[schrijfregels 5 9mm]]</c>.</summary>
internal sealed class WritingLinesBlock(BlockParser parser, int count, double? spacingMm) : LeafBlock(parser)
{
    public int Count { get; } = count;

    /// <summary>Null: the theme's spacing.</summary>
    public double? SpacingMm { get; } = spacingMm;
}
