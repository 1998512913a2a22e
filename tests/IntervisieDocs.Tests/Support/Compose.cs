using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Support;

/// <summary>Lays content out through the real paging loop onto a recording canvas.</summary>
internal static class Compose
{
    /// <summary>A4 with 20 mm margins: the body starts at (56.7, 56.7) and is 481.9 × 728.5 pt.</summary>
    public static PageSetup A4 => PageSetup.WithMarginsMm(PageSetup.A4, 20);

    public static RecordingCanvas Element(Element content, PageSetup? page = null)
    {
        var canvas = new RecordingCanvas();
        var document = new DocumentModel("Test", [new Section(page ?? A4, content)]);
        DocumentComposer.Compose(document, canvas, new TextMeasurer());
        return canvas;
    }

    public static RecordingCanvas Markdown(string markdown, PrintTheme? theme = null, PageSetup? page = null) =>
        Element(MarkdownLayout.Render(markdown, theme ?? PrintTheme.Default()), page);
}
