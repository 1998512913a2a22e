using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.RatingScale;

/// <summary>
/// <c>[[schaal warm | neutraal | koud]]</c>: one checkbox per option, side by side; or
/// <c>[[schaal 1-5 "weinig" "veel"]]</c>: a numbered scale with its ends named.
/// </summary>
internal sealed class RatingScaleBlock(BlockParser parser, IReadOnlyList<string> options) : LeafBlock(parser)
{
    /// <summary>The options of a worded scale; empty for a numbered one.</summary>
    public IReadOnlyList<string> Options { get; } = options;

    /// <summary>The numbers of a numbered scale, or null for a worded one.</summary>
    public (int From, int To)? Numbers { get; init; }

    /// <summary>What the lowest and the highest number mean (a numbered scale), or null.</summary>
    public (string Low, string High)? Ends { get; init; }
}
