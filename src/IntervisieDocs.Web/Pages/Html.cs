using System.Net;
using System.Text;
using IntervisieDocs.Model;

namespace IntervisieDocs.Web.Pages;

/// <summary>
/// Server-rendered HTML without a view engine. Every value that comes from the data or a request goes
/// through <see cref="E"/>; markup is only ever written by this code.
/// </summary>
internal static class Html
{
    /// <summary>Text or attribute value, encoded (&lt; &gt; &amp; " ').</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A query-string value.</summary>
    public static string U(string text) => Uri.EscapeDataString(text);

    public static string Join<T>(IEnumerable<T> items, Func<T, string> render)
    {
        var output = new StringBuilder();
        foreach (var item in items)
        {
            output.Append(render(item));
        }

        return output.ToString();
    }

    /// <summary>
    /// The source notes of one field as the paper prints them (<c>Templating/SourceNotes</c>): after the
    /// text, each note in italics between square brackets — quiet, and readable without a legend.
    /// Corrections are listed with the source instead (<see cref="Corrections"/>).
    /// </summary>
    public static string Notes(IEnumerable<SourceMark> marks) =>
        Join(marks.Where(m => m.Kind != SourceMarkKind.Corrected), m => $" <span class=\"bronnoot\">[<em>{E(m.Note)}</em>]</span>");

    /// <summary>The notes of one field as an element of their own (<c>&lt;p&gt;</c>, <c>&lt;figcaption&gt;</c>): "" without notes.</summary>
    public static string NotesIn(string element, IEnumerable<SourceMark> marks, string attributes = "") =>
        Notes(marks) is { Length: > 0 } notes ? $"<{element}{attributes}>{notes.TrimStart()}</{element}>" : "";

    /// <summary>The corrections of the source, as the line under the source on paper: "stap 3: ‘War men’ → ‘Waar men’".</summary>
    public static string Corrections(IEnumerable<(SourceMark Mark, string Place)> marks)
    {
        var corrected = marks.Where(m => m.Mark.Kind == SourceMarkKind.Corrected).ToList();
        return corrected.Count == 0 ? "" : "<br><strong>Verbeterd:</strong> " + string.Join("; ", corrected.Select(m =>
            (m.Place.Length > 0 ? E(m.Place) + ": " : "") + $"‘{E(m.Mark.Original)}’ → ‘{E(m.Mark.Corrected)}’"));
    }

    /// <summary>"5–8" or "6".</summary>
    public static string Range(int min, int max) => min == max ? $"{min}" : $"{min}–{max}";
}
