namespace IntervisieDocs.Cli;

/// <summary>A list as aligned columns of plain text: whole lines, no wrapping, no escape codes except a bold header on a colour terminal.</summary>
internal static class PlainTable
{
    private const string Gap = "  ";

    public static void Write(CliContext context, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int> rightAligned)
    {
        var widths = Widths(header, rows);
        var head = Line(header, widths, rightAligned);
        context.Say(context.Terminal.OutColour ? "\u001b[1m" + head + "\u001b[0m" : head);
        foreach (var row in rows)
        {
            context.Say(Line(row, widths, rightAligned));
        }
    }

    /// <summary>The width of the table without a last column to come.</summary>
    public static int Width(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) =>
        Widths(header, rows).Sum() + (Gap.Length * header.Count);

    private static int[] Widths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) =>
        [.. header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max())];

    private static string Line(IReadOnlyList<string> cells, int[] widths, IReadOnlySet<int> rightAligned) =>
        string.Join(Gap, cells.Select((c, i) => i == cells.Count - 1 && !rightAligned.Contains(i) ? c
            : rightAligned.Contains(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i])));
}
