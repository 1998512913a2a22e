using System.Globalization;
using IntervisieDocs.Layout;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using LayoutList = IntervisieDocs.Layout.ListBlock;
using MarkdigList = Markdig.Syntax.ListBlock;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Bulleted and numbered lists, nested by indentation; a numbered list starts where the Markdown
/// says. Task items (<c>- [ ] tekst</c>) become checkboxes to tick with a pen, not bullets.
/// </summary>
internal sealed class ListRenderer : LayoutObjectRenderer<MarkdigList>
{
    private static readonly string[] BulletsByDepth = [LayoutList.Bullet, "–"];

    protected override void Write(LayoutRenderer renderer, MarkdigList obj)
    {
        var theme = renderer.Theme;
        var items = obj.OfType<ListItemBlock>().ToList();
        var markers = Markers(obj, items.Count, renderer.ListDepth);
        var spacing = obj.IsLoose ? theme.ParagraphSpacing : theme.ListItemSpacing;
        var indent = theme.ListIndent + ExtraMarkerWidth(markers, theme.Body);

        renderer.ListDepth++;
        try
        {
            var rows = items.Select((item, i) => IsTask(item) ? TaskItem(renderer, item, spacing) : Item(renderer, item, markers[i], indent, spacing));
            renderer.AddRunningText(new Column([.. rows], spacing) { Tag = new StructureTag(StructureRole.L) });
        }
        finally
        {
            renderer.ListDepth--;
        }
    }

    /// <summary>
    /// The blocks inside an item are as far apart as the items (close in a tight list).
    /// Like <see cref="LayoutList.Create"/>, but the marker gets the theme's line height: with the
    /// engine's fixed 1.3 its baseline sits a fraction off the item text in the compact theme.
    /// </summary>
    private static Row Item(LayoutRenderer renderer, ListItemBlock item, string marker, double indent, double spacing)
    {
        var theme = renderer.Theme;
        var markerParagraph = new Paragraph([new Span(marker, theme.Body)], TextAlignment.Left, theme.LineHeight) { Tag = null };
        return new Row([markerParagraph, renderer.RenderChildren(item, spacing)], [ColumnWidth.Fixed(indent), ColumnWidth.Relative()])
        {
            Tag = new StructureTag(StructureRole.LI),
            CellTags = [new StructureTag(StructureRole.Lbl), new StructureTag(StructureRole.LBody)],
        };
    }

    private static IReadOnlyList<string> Markers(MarkdigList list, int count, int depth)
    {
        if (!list.IsOrdered)
        {
            return LayoutList.Bullets(count, BulletsByDepth[depth % BulletsByDepth.Length]);
        }

        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var delimiter = list.OrderedDelimiter == ')' ? ")" : ".";
        return [.. Enumerable.Range(start, count).Select(i => i.ToString(CultureInfo.InvariantCulture) + delimiter)];
    }

    /// <summary>
    /// The marker column fits "99."; from "100." on it widens by about a digit per character.
    /// A rough estimate (no measurer at this stage), so lists up to 99 items all line up alike.
    /// </summary>
    private static double ExtraMarkerWidth(IReadOnlyList<string> markers, TextStyle style) =>
        markers.Count == 0 ? 0 : Math.Max(0, markers.Max(m => m.Length) - 3) * style.Size * 0.6;

    private static bool IsTask(ListItemBlock item) =>
        item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList };

    /// <summary>The checkbox, and below it (indented to the label) whatever else the item holds.</summary>
    private static Element TaskItem(LayoutRenderer renderer, ListItemBlock item, double spacing) =>
        new Column([TaskBody(renderer, item, spacing)])
        {
            Tag = new StructureTag(StructureRole.LI),
        };

    private static Element TaskBody(LayoutRenderer renderer, ListItemBlock item, double spacing)
    {
        var theme = renderer.Theme;
        var first = (ParagraphBlock)item[0];
        var task = (TaskList)first.Inline!.FirstChild!;
        var label = renderer.RenderInlines(first.Inline, theme.Body);
        var checkbox = new Checkbox(label, task.Checked, theme.CheckboxSizeMm);
        checkbox.Tag = new StructureTag(StructureRole.LBody);
        if (item.Count == 1)
        {
            return checkbox;
        }

        checkbox.Tag = null;

        var indent = Units.Mm(theme.CheckboxSizeMm + CheckboxGapMm);
        var rest = renderer.RenderBlocks(item.Skip(1), spacing);
        return new Column([checkbox, new Padding(rest, new Thickness(indent, 0, 0, 0))], spacing) { Tag = new StructureTag(StructureRole.LBody) };
    }

    /// <summary>The label gap of the engine's <see cref="Checkbox"/>.</summary>
    private const double CheckboxGapMm = 2.5;
}
