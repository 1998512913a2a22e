using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.WritingLines;

/// <summary><c>[[schrijfregels 5]]</c>, <c>[[schrijfregels 5 9mm]]</c>, or <c>[[schrijfregels 5+]]</c> (at least 5, more to fill the page).</summary>
internal sealed class WritingLinesBlock(BlockParser parser, int count, double? spacingMm, bool grows) : LeafBlock(parser)
{
    public int Count { get; } = count;

    /// <summary>True: more lines where the page has room.</summary>
    public bool Grows { get; } = grows;

    /// <summary>Null: the theme's spacing.</summary>
    public double? SpacingMm { get; } = spacingMm;
}
