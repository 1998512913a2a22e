using IntervisieDocs.Layout;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using LayoutTable = IntervisieDocs.Layout.Table;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Pipe tables: the header row repeats on every page. Column widths follow the longest cell text
/// of each column, clamped so a column of short words stays readable and one long sentence does
/// not squeeze the rest.
/// </summary>
internal sealed class TableRenderer : LayoutObjectRenderer<MarkdigTable>
{
    private const double MinWeight = 4;
    private const double MaxWeight = 40;

    protected override void Write(LayoutRenderer renderer, MarkdigTable obj)
    {
        var theme = renderer.Theme.Table;
        var rows = obj.OfType<TableRow>().ToList();
        var columnCount = Math.Max(obj.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        if (columnCount == 0)
        {
            return;
        }

        var texts = rows.Select(row => CellTexts(renderer, row, columnCount)).ToList();
        var widths = Widths(texts, columnCount);
        var header = new List<Row>();
        var body = new List<Row>();
        for (var r = 0; r < rows.Count; r++)
        {
            var isHeader = rows[r].IsHeader;
            var cells = texts[r].Select((spans, i) => Cell(renderer, spans, Alignment(obj, i))).ToList();
            (isHeader ? header : body).Add(new Row(cells, widths, theme.Border, isHeader ? theme.HeaderFill : null));
        }

        renderer.Add(new LayoutTable(header, body));
    }

    private static List<IReadOnlyList<Span>> CellTexts(LayoutRenderer renderer, TableRow row, int columnCount)
    {
        var style = row.IsHeader ? renderer.Theme.Table.HeaderStyle : renderer.Theme.Body;
        var texts = new IReadOnlyList<Span>[columnCount];
        var column = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            // Pipe tables leave ColumnIndex at -1: cells are simply in column order.
            column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
            if (column < columnCount)
            {
                texts[column] = [.. cell.OfType<ParagraphBlock>().SelectMany(p => renderer.RenderInlines(p.Inline, style))];
            }

            column += Math.Max(1, cell.ColumnSpan);
        }

        // An empty cell still gets a line, so a row of empty cells keeps the height of one line.
        return [.. texts.Select(spans => spans is { Count: > 0 } ? spans : [new Span("", style)])];
    }

    private static Padding Cell(LayoutRenderer renderer, IReadOnlyList<Span> spans, TextAlignment alignment) =>
        new(new Paragraph(spans, alignment, renderer.Theme.LineHeight), renderer.Theme.Table.CellPadding);

    private static TextAlignment Alignment(MarkdigTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => TextAlignment.Center,
                TableColumnAlign.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            }
            : TextAlignment.Left;

    private static ColumnWidth[] Widths(List<List<IReadOnlyList<Span>>> rows, int columnCount) =>
        [.. Enumerable.Range(0, columnCount).Select(column =>
        {
            var longest = rows.Max(cells => cells[column].Sum(s => s.Text.Length));
            return ColumnWidth.Relative(Math.Clamp(longest, MinWeight, MaxWeight));
        })];
}
