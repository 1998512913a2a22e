using IntervisieDocs.Layout;
using PdfSharp.Pdf;

namespace IntervisieDocs.Pdf;

/// <summary>Lays a document out and writes it as PDF bytes, the same bytes for the same document.</summary>
internal static class PdfRenderer
{
    /// <summary>Every PDF carries this date, so that output depends on the input only.</summary>
    public static readonly DateTime FixedDate = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Render(DocumentModel model) => Render(model, out _);

    public static byte[] Render(DocumentModel model, out int pageCount) => Render(model, out pageCount, tagged: true);

    /// <summary>Every product is tagged (PDF/UA); <paramref name="tagged"/> false is there to measure what tagging costs.</summary>
    public static byte[] Render(DocumentModel model, out int pageCount, bool tagged) =>
        Write(model, canvas => DocumentComposer.Compose(model, canvas, new TextMeasurer()), out pageCount, tagged);

    /// <summary>
    /// The document imposed two pages per side on <paramref name="sheet"/> in saddle-stitch order
    /// (<see cref="Imposition"/>), for duplex printing with a short-edge flip and folding into a booklet.
    /// Each page sits centred in its half of the sheet (A5 is 0.5 mm narrower than half of A4); no page
    /// may be larger than half the sheet. Not tagged: the imposed sheets are for the printer only (their
    /// page order is not the reading order); the tagged PDF to share is <see cref="Render(DocumentModel)"/>.
    /// </summary>
    public static byte[] RenderBooklet(DocumentModel model, Size sheet, out int sheetSides)
    {
        var pages = new RecordingCanvas();
        DocumentComposer.Compose(model, pages, new TextMeasurer());
        var half = sheet.Width / 2;
        if (pages.Pages.Any(p => p.Size.Width > half + Units.Epsilon || p.Size.Height > sheet.Height + Units.Epsilon))
        {
            throw new LayoutException($"Een boekje vraagt pagina's van hoogstens {Units.ToMm(half):0.#} × {Units.ToMm(sheet.Height):0.#} mm (half het vel).");
        }

        void Place(RecordedPage page, double slot, ICanvas canvas) =>
            page.ReplayTo(canvas, slot + ((half - page.Size.Width) / 2), (sheet.Height - page.Size.Height) / 2);

        var sides = Imposition.SaddleStitch(pages.Pages.Count);
        return Write(model, canvas =>
        {
            foreach (var side in sides)
            {
                canvas.BeginPage(sheet, null);
                if (side.Left is { } left)
                {
                    Place(pages.Pages[left - 1], 0, canvas);
                }

                if (side.Right is { } right)
                {
                    Place(pages.Pages[right - 1], half, canvas);
                }

                canvas.EndPage();
            }
        }, out sheetSides, tagged: false);
    }

    /// <summary>The language of every product (PDF/UA asks for it; screen readers pick their voice by it).</summary>
    public const string Language = "nl-NL";

    private static byte[] Write(DocumentModel model, Action<ICanvas> draw, out int pageCount, bool tagged)
    {
        FontSetup.EnsureInitialized();
        using var document = new PdfDocument();
        document.Info.Title = model.Title;
        document.Info.Author = model.Author;
        document.Info.Subject = model.Subject;
        document.Info.Keywords = model.Keywords;
        document.Info.Creator = "IntervisieDocs";
        document.Info.CreationDate = FixedDate;
        document.Options.CompressContentStreams = true;
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;

        using (var canvas = new PdfCanvas(document, tagged))
        {
            if (tagged)
            {
                // Also sets /MarkInfo /Marked true, the structure tree root and /DisplayDocTitle.
                PdfSharp.UniversalAccessibility.UAManager.ForDocument(document).SetDocumentLanguage(Language);
            }

            draw(canvas);
        }

        pageCount = document.PageCount;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return ReproducibleOutput.Normalize(stream.ToArray(), model);
    }
}
