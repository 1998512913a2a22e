using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.RatingScale;

/// <summary><c>[[schaal warm | neutraal | koud]]</c>: one checkbox per option, side by side.</summary>
internal sealed class RatingScaleBlock(BlockParser parser, IReadOnlyList<string> options) : LeafBlock(parser)
{
    public IReadOnlyList<string> Options { get; } = options;
}
