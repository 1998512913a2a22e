using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Figure;

/// <summary><c>[[figuur "SITUATIE" "Moeilijkheden" "Mogelijkheden"]]</c>.</summary>
internal sealed class FigureBlock(BlockParser parser, IReadOnlyList<string> words) : LeafBlock(parser)
{
    public IReadOnlyList<string> Words { get; } = words;
}
