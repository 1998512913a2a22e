namespace IntervisieDocs.Loading;

/// <summary>
/// Every YAML key the loader accepts, in the order of methods/README.md. `seed` (which source
/// document the shipped text comes from) is optional: a coordinator's own method has none. The JSON schema
/// (methods/schema/methode.schema.json) is tested against these, so the two cannot drift.
/// </summary>
internal static class FieldSets
{
    public static FieldSet Method { get; } = new(
        "methode",
        ["id", "titel", "doel", "inleiding", "bron", "seed", "groepsgrootte", "rollen", "materialen", "tags",
            "voor_beginners", "totaal_volgens_bron", "stappen", "vervolg", "teksten", "herkomst"],
        ["id", "titel", "doel", "bron", "groepsgrootte", "rollen", "tags", "voor_beginners", "stappen"]);

    public static FieldSet GroupSize { get; } = new("groepsgrootte", ["min", "max", "richtlijn", "tekst"], ["min", "max"]);

    public static FieldSet Role { get; } = new("rol", ["id", "naam", "beschrijving"], ["id", "naam"]);

    public static FieldSet Step { get; } = new(
        "stap",
        ["titel", "minuten", "doel", "beschrijving", "rollen", "vragen", "optioneel", "herhaalt_per_onderwerp", "herkomst"],
        ["titel"]);

    public static FieldSet FollowUp { get; } = new("vervolg", ["titel", "doel", "beschrijving"], ["titel"]);

    // "vragen" or "groepen" must be there; that either-or is checked by the reader.
    public static FieldSet QuestionBank { get; } = new(
        "vragenlijst",
        ["id", "titel", "bron", "seed", "inleiding", "vragen", "groepen", "afsluiting", "herkomst"],
        ["id", "titel", "bron"]);

    public static FieldSet QuestionGroup { get; } = new("groep", ["titel", "vragen"], ["titel", "vragen"]);

    public static FieldSet Text { get; } = new(
        "tekst",
        ["id", "titel", "bron", "seed", "soort", "secties", "voorbeeld_actie", "herkomst"],
        ["id", "titel", "bron", "soort", "secties"]);

    public static FieldSet Section { get; } = new(
        "sectie",
        ["titel", "tekst", "punten", "genummerd", "vragen", "voorbeeld", "letter", "figuur", "herkomst"],
        []);

    /// <summary>One mark under <c>herkomst</c> (see <see cref="Readers.SourceMarkReader"/>).</summary>
    public static FieldSet SourceMark { get; } = new("herkomst", ["soort", "toelichting", "bron", "tekst"], ["soort"]);
}
