using System.Globalization;
using System.Text;
using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Support;

/// <summary>
/// A plain-text picture of laid-out pages for assertions and approval files. Coordinates are
/// points, rounded to whole points, origin top-left of the page.
/// <code>
/// p1 y=56 x=57 Bold 18 "Titel"                      text: baseline y, left x, face, size
/// p1 y=120 line x=57..538 0.5/130                   line: y (of the start), x range, width/gray
/// p1 y=130 rect x=57 w=481 h=113 fill=235 0.8/60    rectangle: top-left, size, fill, stroke
/// </code>
/// </summary>
internal static class PageDump
{
    /// <summary>One line per drawn text run, in drawing order, page by page.</summary>
    public static string Texts(RecordingCanvas canvas)
    {
        var output = new StringBuilder();
        for (var p = 0; p < canvas.Pages.Count; p++)
        {
            foreach (var text in canvas.Pages[p].Texts)
            {
                output.Append(Text(p + 1, text)).Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>Texts, lines and rectangles of every page, sorted top to bottom, then left to right.</summary>
    public static string Everything(RecordingCanvas canvas)
    {
        var output = new StringBuilder();
        for (var p = 0; p < canvas.Pages.Count; p++)
        {
            var page = canvas.Pages[p];
            var number = p + 1;
            var items = page.Texts.Select(t => (t.Baseline, t.X, Line: Text(number, t)))
                .Concat(page.Lines.Select(l => (l.Y1, l.X1, Line: LineItem(number, l))))
                .Concat(page.Rectangles.Select(r => (r.Rect.Y, r.Rect.X, Line: Rectangle(number, r))));
            foreach (var item in items.OrderBy(i => Math.Round(i.Item1)).ThenBy(i => Math.Round(i.Item2)))
            {
                output.Append(item.Line).Append('\n');
            }
        }

        return output.ToString();
    }

    public static string Text(int page, RecordedText text) =>
        Invariant($"p{page} y={text.Baseline:0} x={text.X:0} {text.Style.Face} {text.Style.Size:0.#} \"{text.Text}\"");

    private static string LineItem(int page, RecordedLine line) =>
        Invariant($"p{page} y={line.Y1:0} line x={line.X1:0}..{line.X2:0}{(Math.Abs(line.Y2 - line.Y1) > 0.5 ? Invariant($" to y={line.Y2:0}") : "")} {Stroke(line.Stroke)}");

    private static string Rectangle(int page, RecordedRectangle rect) =>
        Invariant($"p{page} y={rect.Rect.Y:0} rect x={rect.Rect.X:0} w={rect.Rect.Width:0} h={rect.Rect.Height:0}") +
        (rect.Fill is { } fill ? Invariant($" fill={fill.R}") : "") +
        (rect.Stroke is { } stroke ? " " + Stroke(stroke) : "");

    private static string Stroke(Stroke stroke) =>
        Invariant($"{stroke.Width:0.#}/{stroke.Color.R}{(stroke.Dash > 0 ? " dashed" : "")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
