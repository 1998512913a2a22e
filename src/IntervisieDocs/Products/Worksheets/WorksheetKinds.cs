namespace IntervisieDocs.Products.Worksheets;

/// <summary>Every worksheet kind, in the order the help lists them.</summary>
internal static class WorksheetKinds
{
    public static WorksheetKind Casus { get; } = new("casus", "een casus voorbereiden: wat is een goede casus, de situatie en je hulpvraag");

    public static WorksheetKind SelfTest { get; } = new("zelftest", "de zelf-intervisietest: elf vragen en je werkprobleem");

    public static WorksheetKind Smart { get; } = new("smart", "SMART-actieplan; met --voorbeeld ook het uitgewerkte voorbeeld", HasExample: true);

    public static WorksheetKind ForceField { get; } = new("krachtenveld", "krachtenveldanalyse: de zes fasen, krachten met hun weging, actie- en evaluatieplan");

    public static WorksheetKind WarmNeutralCold { get; } = new("wnk", "vragen en probleemdefinities waarderen als warm, neutraal of koud", UsesMethod: true);

    public static WorksheetKind ReflectingTeam { get; } = new("reflecting-team", "notities van het reflecting team: kwaliteiten, mogelijkheden, associaties");

    public static WorksheetKind Listening { get; } = new("luisteroefening", "luisteroefening: wat de luisteraars per stap registreren");

    public static WorksheetKind Modelling { get; } = new("modelling", "modelling: de vijf vragen over de ideale professional");

    public static WorksheetKind Evaluation { get; } = new("evaluatie", "evaluatieformulier; met --methode de evaluatiestap van die methode", UsesMethod: true);

    /// <summary>The text that explains warm / neutraal / koud, one section per method that uses it.</summary>
    public const string WarmNeutralColdText = "warm-neutraal-koud";

    public static IReadOnlyList<WorksheetKind> All { get; } =
        [Casus, SelfTest, Smart, ForceField, WarmNeutralCold, ReflectingTeam, Listening, Modelling, Evaluation];

    public static WorksheetKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);

    /// <summary>The ids, comma-separated, for messages.</summary>
    public static string Ids => string.Join(", ", All.Select(k => k.Id));
}
