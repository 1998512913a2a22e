using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Products;

/// <summary>A made-up method whose first step has a very long description of numbered words.</summary>
internal static class LongSteps
{
    /// <summary>"woord1 woord2 …": every word different, so each can be found exactly once.</summary>
    public static IReadOnlyList<string> Words(int count) => [.. Enumerable.Range(1, count).Select(i => $"woord{i}")];

    public static Method Method(int words) => new(
        "lange-stap",
        "Methode met een lange stap",
        "",
        null,
        "bron",
        "000",
        new GroupSize(4, 7),
        [new Role("inbrenger", "Inbrenger", null), new Role("groep", "Groepsleden", null)],
        [],
        ["inzicht"],
        true,
        null,
        [
            new Step(1, "Lange stap", 10, null, string.Join(' ', Words(words)), [], [], false, false),
            new Step(2, "Korte stap", 5, null, "Kort.", [], [], false, false),
        ],
        null,
        []);
}
