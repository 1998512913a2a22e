using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.MethodFigure;

/// <summary><c>[[kopband vissenkom]]</c>, <c>[[kopband vissenkom 2]]</c> or <c>[[tijdlijn vissenkom]]</c>.</summary>
/// <param name="Level">The heading level of the band's name (bands only).</param>
internal sealed class MethodFigureBlock(BlockParser parser, bool band, string methodId, int level, int sourceLine, string source) : LeafBlock(parser)
{
    public bool IsBand { get; } = band;

    public string MethodId { get; } = methodId;

    public int Level { get; } = level;

    public int SourceLine { get; } = sourceLine;

    public string Source { get; } = source;
}
