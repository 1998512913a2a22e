using IntervisieDocs.Layout;
using PdfSharp.Pdf;

namespace IntervisieDocs.Pdf;

/// <summary>Lays a document out and writes it as PDF bytes, the same bytes for the same document.</summary>
internal static class PdfRenderer
{
    /// <summary>Every PDF carries this date, so that output depends on the input only.</summary>
    public static readonly DateTime FixedDate = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Render(DocumentModel model) => Render(model, out _);

    public static byte[] Render(DocumentModel model, out int pageCount)
    {
        FontSetup.EnsureInitialized();
        var measurer = new TextMeasurer();
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

        using (var canvas = new PdfCanvas(document))
        {
            DocumentComposer.Compose(model, canvas, measurer);
        }

        pageCount = document.PageCount;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return ReproducibleOutput.Normalize(stream.ToArray(), model);
    }
}
