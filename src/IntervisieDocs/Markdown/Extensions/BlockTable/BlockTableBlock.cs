using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.BlockTable;

internal enum BlockTablePart
{
    Table,
    Header,
    Row,
    Cell,
}

/// <summary>
/// One level of a block table: <c>::: tabel 11mm 36mm * 17mm</c> holding <c>::: kop</c> and
/// <c>::: rij</c> containers, which hold <c>::: cel</c> containers of any Markdown. Outer fences
/// need more colons than inner ones.
/// </summary>
internal sealed class BlockTableBlock(BlockParser? parser, BlockTablePart part, string arguments, int sourceLine, string source) : ContainerBlock(parser)
{
    public BlockTablePart Part { get; } = part;

    public string Arguments { get; } = arguments;

    public int SourceLine { get; } = sourceLine;

    public string Source { get; } = source;

    public MarkdownPrintException Fail(string problem) => new(SourceLine, Source, problem);
}
