using IntervisieDocs.Loading;

namespace IntervisieDocs.Tests.Loading;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("minten", "minuten", 1)]
    [InlineData("mniuten", "minuten", 1)]
    [InlineData("minuten", "minuten", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("titel", "doel", 3)]
    [InlineData("beschrijvng", "beschrijving", 1)]
    [InlineData("ca", "abc", 3)]
    public void Distance_counts_edits_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }

    [Theory]
    [InlineData("minten", "minuten")]
    [InlineData("Titel", "titel")]
    [InlineData("voor_beginnres", "voor_beginners")]
    [InlineData("vragn", "vragen")]
    [InlineData("kleur", null)]
    [InlineData("minutes", "minuten")]
    public void Closest_suggests_only_near_names(string word, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(word, FieldSets.Step.Allowed.Concat(FieldSets.Method.Allowed)));
}
