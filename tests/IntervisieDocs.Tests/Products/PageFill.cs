using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// How far down its body each page of a laid-out document is filled, measured from what was drawn
/// (text, rules, boxes, shapes, images; not the header and footer bands), and which pages are stubs:
/// content that ends in the top quarter of the body.
/// </summary>
internal static class PageFill
{
    public const double StubShare = 0.25;

    /// <summary>1-based numbers of the stub pages; a page left blank for duplex printing is none.</summary>
    public static List<int> StubPages(DocumentModel document, RecordingCanvas canvas) =>
        [.. Fill(document, canvas).Where(f => f.Share < StubShare).Select(f => f.Page)];

    /// <summary>Per page with content: its number and the share of its body height that content reaches.</summary>
    public static IEnumerable<(int Page, double Share)> Fill(DocumentModel document, RecordingCanvas canvas)
    {
        var starts = document.Sections
            .Select((s, i) => (Setup: s.Page, Start: canvas.Destinations.TryGetValue(DocumentComposer.SectionAnchor(i), out var p) ? p : int.MaxValue))
            .Where(s => s.Start != int.MaxValue)
            .ToList();
        for (var n = 1; n <= canvas.Pages.Count; n++)
        {
            var page = canvas.Pages[n - 1];
            if (page.Texts.Count == 1 && page.Texts[0].Text == DocumentComposer.BlankPageText)
            {
                continue;
            }

            var body = starts.Last(s => s.Start <= n).Setup.BodyArea;
            var bottoms = Bottoms(page).Where(b => b.Top >= body.Y - 1 && b.Top < body.Bottom - Units.Epsilon).Select(b => b.Bottom).ToList();
            if (bottoms.Count == 0)
            {
                continue;
            }

            yield return (n, (bottoms.Max() - body.Y) / body.Height);
        }
    }

    private static IEnumerable<(double Top, double Bottom)> Bottoms(RecordedPage page) =>
        page.Texts.Select(t => (t.Baseline - t.Style.Size, t.Baseline))
            .Concat(page.Lines.Select(l => (Math.Min(l.Y1, l.Y2), Math.Max(l.Y1, l.Y2))))
            .Concat(page.Rectangles.Select(r => (r.Rect.Y, r.Rect.Bottom)))
            .Concat(page.Paths.Select(p => p.Path.Bounds).Select(b => (b.Y, b.Bottom)))
            .Concat(page.Images.Select(i => (i.Rect.Y, i.Rect.Bottom)));
}
