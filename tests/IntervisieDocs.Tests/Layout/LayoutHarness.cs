using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

/// <summary>Lays elements out on a recording canvas, the way the PDF writer would.</summary>
internal static class LayoutHarness
{
    public static readonly TextStyle Body = TextStyle.Body;

    public static RecordingCanvas Render(DocumentModel document)
    {
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(document, canvas, new TextMeasurer());
        return canvas;
    }

    public static RecordingCanvas Render(Element content, PageSetup? page = null) =>
        Render(new DocumentModel("Test", [new Section(page ?? A4(), content)]));

    public static PageSetup A4(double marginMm = 20) => PageSetup.WithMarginsMm(PageSetup.A4, marginMm);

    public static PageSetup Custom(double widthMm, double heightMm, double marginMm) =>
        PageSetup.WithMarginsMm(Size.FromMm(widthMm, heightMm), marginMm);

    public static LayoutContext Context(Size pageContent) =>
        new(new RecordingCanvas(), new TextMeasurer()) { PageContentSize = pageContent };

    public static Paragraph Text(string text, TextAlignment alignment = TextAlignment.Left) => new(text, Body, alignment);

    public static string Lorem(int words, int seed = 1)
    {
        string[] vocabulary = ["intervisie", "casus", "inbrenger", "gespreksleider", "vraag", "stap", "groep",
            "reflectie", "advies", "oplossing", "werkprobleem", "collega", "perspectief", "actieplan", "ervaring"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    /// <summary>
    /// Drawn runs joined by spaces, with words hyphenated at a line end put back together (the
    /// vocabulary of <see cref="Lorem"/> has no hyphenated words of its own).
    /// </summary>
    public static string Joined(IEnumerable<string> drawn) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join(' ', drawn), @"(?<=\p{Ll})- (?=\p{Ll})", "");

    /// <summary>Top and bottom of a drawn text run, from its font metrics.</summary>
    public static Rect Bounds(RecordedText text, TextMeasurer measurer)
    {
        var m = measurer.Metrics(text.Style.Face);
        var top = text.Baseline - (m.Ascent * text.Style.Size);
        return new Rect(text.X, top, text.Width, (m.Ascent + m.Descent) * text.Style.Size);
    }
}
