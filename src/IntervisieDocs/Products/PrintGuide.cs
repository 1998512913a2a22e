using IntervisieDocs.Layout;

namespace IntervisieDocs.Products;

/// <summary>One part of a pack for the print guide: its name, what to do with it, and its first section.</summary>
/// <param name="FirstSection">Index of the part's first section in the document.</param>
/// <param name="Instruction">How to print it, e.g. "op karton, ware grootte; knippen langs de snijlijnen".</param>
internal sealed record PrintPart(string Name, int FirstSection, string Instruction);

/// <summary>
/// The print guide of a session pack: which pages, how (double-sided, card stock, cut), how many.
/// The same lines go on paper (second page of the pack) and to the terminal. Page numbers come from
/// one layout pass on a recording canvas, with the guide's page already in place (its length does
/// not depend on the numbers it shows: one line per part).
/// </summary>
internal static class PrintGuide
{
    /// <summary>The guide's lines for <paramref name="document"/>: one per part, with its pages.</summary>
    public static IReadOnlyList<string> Lines(DocumentModel document, IReadOnlyList<PrintPart> parts, bool duplex, ITextMeasurer measurer)
    {
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(document, canvas, measurer);
        var starts = parts.Select(p => canvas.Destinations.TryGetValue(DocumentComposer.SectionAnchor(p.FirstSection), out var page) ? page : 0).ToList();
        var lines = new List<string>
        {
            duplex
                ? $"Het hele pakket ({canvas.Pages.Count} pagina's) dubbelzijdig afdrukken, omslaan over de lange kant; elk onderdeel begint op een voorkant, zodat je de stapel per onderdeel kunt uitdelen."
                : $"Het hele pakket ({canvas.Pages.Count} pagina's) enkelzijdig afdrukken.",
        };
        for (var i = 0; i < parts.Count; i++)
        {
            var first = starts[i];
            var last = (i + 1 < parts.Count ? starts[i + 1] : canvas.Pages.Count + 1) - 1;
            while (last > first && IsBlank(canvas.Pages[last - 1]))
            {
                last--;
            }

            var pages = first == last ? $"pagina {first}" : $"pagina's {first}–{last}";
            lines.Add($"{parts[i].Name} ({pages}): {parts[i].Instruction}");
        }

        return lines;
    }

    private static bool IsBlank(RecordedPage page) =>
        page.Texts.Count == 1 && page.Texts[0].Text == DocumentComposer.BlankPageText;
}
