using IntervisieDocs.Model;

namespace IntervisieDocs.Templating;

/// <summary>
/// How a <see cref="SourceMark"/> reads on paper, the same in every product: the note in italics between
/// square brackets, right after the text it concerns — <c>De i [de bron is hier onvolledig]</c>. Quiet
/// (no colour, no symbol to look up) and self-explaining, so it needs no legend on a card.
/// A correction (<c>verbeterd</c>) is not noted in the text: it is listed with the source
/// (<c>verbeteringen</c>: "‘War men’ → ‘Waar men’"), where a reader looks for where the text came from.
/// </summary>
internal static class SourceNotes
{
    /// <summary>The Markdown of the notes of one field: "" without marks, else " \[*…*\]" per mark (corrections are listed, not noted).</summary>
    public static string Markdown(IEnumerable<SourceMark> marks) =>
        string.Concat(marks.Where(m => m.Kind != SourceMarkKind.Corrected).Select(m => $" \\[*{DutchFilters.Md(m.Note)}*\\]"));

    /// <summary>Per markable field of an object its notes as Markdown (every field present, "" when unmarked).</summary>
    public static TemplateObject Fields(ValueList<SourceMark> marks, params string[] fields) =>
        new("herkomst", fields.Select(f => KeyValuePair.Create(f, (object?)Markdown(marks.For(f)))));

    /// <summary>The corrections of the source (soort verbeterd), for the list with the source: each with its
    /// place (<c>waar</c>: "stap 10", or "" for the object itself), the source's words and ours.</summary>
    public static List<TemplateObject> Corrections(IEnumerable<SourceMark> marks, string place = "") =>
        Corrections(marks.Select(m => (m, place)));

    public static List<TemplateObject> Corrections(IEnumerable<(SourceMark Mark, string Place)> marks) =>
        [.. marks.Where(m => m.Mark.Kind == SourceMarkKind.Corrected).Select(m => new TemplateObject("verbetering",
        [
            new("waar", m.Place),
            new("bron", m.Mark.Original),
            new("tekst", m.Mark.Corrected),
        ]))];

    public static readonly string[] MethodFields =
        ["titel", "doel", "inleiding", "bron", "groepsgrootte", "materialen", "tags", "voor_beginners", "totaal_volgens_bron"];

    public static readonly string[] StepFields = ["titel", "minuten", "doel", "beschrijving"];

    public static readonly string[] BankFields = ["titel", "bron", "inleiding", "vragen", "groepen", "afsluiting"];

    public static readonly string[] TextFields = ["titel", "bron", "voorbeeld_actie"];

    public static readonly string[] SectionFields = ["titel", "tekst", "punten", "vragen", "voorbeeld", "figuur"];
}
