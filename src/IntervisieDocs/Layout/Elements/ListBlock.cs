namespace IntervisieDocs.Layout;

/// <summary>A bulleted or numbered list; items may hold any content, including nested lists.</summary>
internal static class ListBlock
{
    public const string Bullet = "•";

    /// <param name="markers">One marker per item ("•", "1.", "a." …).</param>
    public static Element Create(IReadOnlyList<Element> items, IReadOnlyList<string> markers, TextStyle markerStyle, double indent, double spacing)
    {
        var rows = items.Select((item, i) => (Element)new Row(
            [new Paragraph(markers[i], markerStyle) { Tag = null }, item],
            [ColumnWidth.Fixed(indent), ColumnWidth.Relative()])
        {
            Tag = new StructureTag(StructureRole.LI),
            CellTags = [new StructureTag(StructureRole.Lbl), new StructureTag(StructureRole.LBody)],
        });
        return new Column(rows, spacing) { Tag = new StructureTag(StructureRole.L) };
    }

    public static IReadOnlyList<string> Numbers(int count, int start = 1) =>
        [.. Enumerable.Range(start, count).Select(n => $"{n}.")];

    public static IReadOnlyList<string> Bullets(int count, string bullet = Bullet) =>
        [.. Enumerable.Repeat(bullet, count)];
}
