using IntervisieDocs.Model;

namespace IntervisieDocs.Templating;

/// <summary>
/// How a <see cref="SourceMark"/> reads on paper, the same in every product: the note in italics between
/// square brackets, right after the text it concerns — <c>De i [de bron is hier onvolledig]</c>. Quiet
/// (no colour, no symbol to look up) and self-explaining, so it needs no legend on a card.
/// </summary>
internal static class SourceNotes
{
    /// <summary>The Markdown of the notes of one field: "" without marks, else " \[*…*\]" per mark.</summary>
    public static string Markdown(IEnumerable<SourceMark> marks) =>
        string.Concat(marks.Select(m => $" \\[*{DutchFilters.Md(m.Note)}*\\]"));

    /// <summary>Per markable field of an object its notes as Markdown (every field present, "" when unmarked).</summary>
    public static TemplateObject Fields(ValueList<SourceMark> marks, params string[] fields) =>
        new("herkomst", fields.Select(f => KeyValuePair.Create(f, (object?)Markdown(marks.For(f)))));

    /// <summary>The corrections of the source (soort verbeterd), for the list in the sources chapter.</summary>
    public static List<TemplateObject> Corrections(IEnumerable<SourceMark> marks) =>
        [.. marks.Where(m => m.Kind == SourceMarkKind.Corrected).Select(m => new TemplateObject("verbetering",
        [
            new("bron", m.Original),
            new("tekst", m.Corrected),
        ]))];

    public static readonly string[] MethodFields =
        ["titel", "doel", "inleiding", "bron", "groepsgrootte", "materialen", "tags", "voor_beginners", "totaal_volgens_bron"];

    public static readonly string[] StepFields = ["titel", "minuten", "doel", "beschrijving"];

    public static readonly string[] BankFields = ["titel", "bron", "inleiding", "vragen", "groepen", "afsluiting"];

    public static readonly string[] TextFields = ["titel", "bron", "voorbeeld_actie"];

    public static readonly string[] SectionFields = ["titel", "tekst", "punten", "vragen", "voorbeeld", "figuur"];
}
