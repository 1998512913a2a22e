using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Tests.Layout;

namespace IntervisieDocs.Tests.Products;

/// <summary>What a recorded card page holds, sorted by where it is.</summary>
internal static class CardPages
{
    /// <summary>The marks of a page: the lines drawn with the mark stroke (content lines are gray).</summary>
    public static List<RecordedLine> Marks(RecordedPage page, Stroke stroke) =>
        [.. page.Lines.Where(l => l.Stroke == stroke)];

    public static Rect Bounds(RecordedLine line) =>
        new(Math.Min(line.X1, line.X2), Math.Min(line.Y1, line.Y2), Math.Abs(line.X2 - line.X1), Math.Abs(line.Y2 - line.Y1));

    public static Rect Bounds(RecordedText text, TextMeasurer measurer) => LayoutHarness.Bounds(text, measurer);

    /// <summary>Every text run with its box from the font metrics.</summary>
    public static IEnumerable<(RecordedText Text, Rect Box)> Texts(RecordedPage page, TextMeasurer measurer) =>
        page.Texts.Select(t => (t, LayoutHarness.Bounds(t, measurer)));

    /// <summary>Everything drawn on a page except marks: text boxes, rectangles, content lines.</summary>
    public static IEnumerable<(string What, Rect Box)> Content(RecordedPage page, TextMeasurer measurer, Stroke markStroke) =>
        Texts(page, measurer).Select(t => ($"tekst \"{t.Text.Text}\"", t.Box))
            .Concat(page.Rectangles.Select(r => ("rechthoek", r.Rect)))
            .Concat(page.Lines.Where(l => l.Stroke != markStroke).Select(l => ("lijn", Bounds(l))));

    /// <summary>The text of the card in <paramref name="area"/>, runs joined in drawing order.</summary>
    public static string TextIn(RecordedPage page, Rect area, TextMeasurer measurer) =>
        RecordingCanvas.Join(Texts(page, measurer).Where(t => area.Contains(t.Box, 0.5)).Select(t => t.Text));

    public static Rect SheetContent(int slot, bool back = false) =>
        CardGeometry.ContentArea(back ? CardSheet.Back(slot) : CardSheet.Front(slot));

    public static double Mm(double points) => Math.Round(Units.ToMm(points), 3);
}
