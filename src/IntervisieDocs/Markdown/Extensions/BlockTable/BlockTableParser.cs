using IntervisieDocs.Markdown.Extensions.Containers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.BlockTable;

internal sealed class BlockTableParser : IContainerParser
{
    public const string TableName = "tabel";
    public const string HeaderName = "kop";
    public const string RowName = "rij";
    public const string CellName = "cel";

    public IReadOnlyList<string> Names => [TableName, HeaderName, RowName, CellName];

    public ContainerBlock Create(ContainerContext context)
    {
        var part = context.Name switch
        {
            TableName => BlockTablePart.Table,
            HeaderName => BlockTablePart.Header,
            RowName => BlockTablePart.Row,
            _ => BlockTablePart.Cell,
        };
        if (part == BlockTablePart.Table && context.Arguments.Length == 0)
        {
            throw context.Fail("geef de kolombreedtes, bijvoorbeeld ::: tabel 12mm * 2* 18mm");
        }

        return new BlockTableBlock(context.Parser, part, context.Arguments, context.Line, context.Source);
    }
}
