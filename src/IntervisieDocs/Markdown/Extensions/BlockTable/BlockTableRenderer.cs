using System.Globalization;
using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;
using LayoutTable = IntervisieDocs.Layout.Table;

namespace IntervisieDocs.Markdown.Extensions.BlockTable;

/// <summary>
/// A table whose cells hold any Markdown (paragraphs, lists, boxes), which pipe tables cannot.
/// Header rows repeat on every page; a row that does not fit moves to the next page whole.
/// </summary>
internal sealed class BlockTableRenderer : LayoutObjectRenderer<BlockTableBlock>
{
    protected override void Write(LayoutRenderer renderer, BlockTableBlock obj)
    {
        if (obj.Part != BlockTablePart.Table)
        {
            throw obj.Fail($"'{Name(obj.Part)}' hoort in een '::: tabel'");
        }

        var columns = ParseColumns(obj);
        var header = new List<Row>();
        var body = new List<Row>();
        foreach (var child in obj)
        {
            if (child is not BlockTableBlock { Part: BlockTablePart.Header or BlockTablePart.Row } row)
            {
                throw obj.Fail("in een tabel staan alleen '::: kop' en '::: rij' (met meer dubbele punten dan de cellen)");
            }

            var cells = row.OfType<BlockTableBlock>().Where(c => c.Part == BlockTablePart.Cell).ToList();
            if (cells.Count != row.Count)
            {
                throw row.Fail("in een rij staan alleen '::: cel'-blokken");
            }

            if (cells.Count != columns.Length)
            {
                throw row.Fail($"de rij heeft {cells.Count} cellen, de tabel {columns.Length} kolommen");
            }

            var isHeader = row.Part == BlockTablePart.Header;
            var cellTheme = renderer.Theme.CellTheme ?? renderer.Theme;
            var elements = renderer.WithTheme(cellTheme, () => cells.Select(c => Cell(renderer.RenderChildren(c, cellTheme.ListItemSpacing * 2), cellTheme.Table.CellPadding)).ToList());
            (isHeader ? header : body).Add(new Row(elements, columns, cellTheme.Table.Border, isHeader ? cellTheme.Table.HeaderFill : null));
        }

        renderer.Add(new LayoutTable(header, body));
    }

    /// <summary>
    /// A cell that ends with writing lines has no padding below them and leaves its last line to the
    /// cell's bottom border, so no line is doubled by a border a millimetre under it.
    /// </summary>
    private static Element Cell(Column content, Thickness padding)
    {
        if (content.Children.LastOrDefault() is Layout.WritingLines lines)
        {
            lines.LastLineIsBorder = true;
            padding = padding with { Bottom = 0 };
        }

        return new Padding(content, padding);
    }

    /// <summary>"12mm" is fixed; "*" or "2*" shares what the fixed columns leave.</summary>
    private static ColumnWidth[] ParseColumns(BlockTableBlock table) =>
        [.. table.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token =>
        {
            if (token.EndsWith("mm", StringComparison.Ordinal) &&
                double.TryParse(token[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var mm) && mm > 0)
            {
                return ColumnWidth.FixedMm(mm);
            }

            if (token == "*")
            {
                return ColumnWidth.Relative();
            }

            if (token.EndsWith('*') && double.TryParse(token[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight > 0)
            {
                return ColumnWidth.Relative(weight);
            }

            throw table.Fail($"kolombreedte '{token}' begrijp ik niet: gebruik bijvoorbeeld 12mm, * of 2*");
        })];

    private static string Name(BlockTablePart part) => part switch
    {
        BlockTablePart.Header => BlockTableParser.HeaderName,
        BlockTablePart.Row => BlockTableParser.RowName,
        _ => BlockTableParser.CellName,
    };
}
