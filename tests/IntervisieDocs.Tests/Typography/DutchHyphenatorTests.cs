using IntervisieDocs.Layout;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Typography;

public sealed class DutchHyphenatorTests
{
    private static readonly DutchHyphenator Hyphenator = DutchHyphenator.Instance;

    [Fact]
    public void The_opentaal_patterns_are_read_from_the_shipped_file() =>
        Assert.InRange(Hyphenator.PatternCount, 16_000, 16_300);

    [Theory]
    [InlineData("gespreksleider", "ge-spreks-lei-der")]
    [InlineData("bijvoorbeeld", "bij-voor-beeld")]
    [InlineData("werkprobleem", "werk-pro-bleem")]
    [InlineData("ideeën", "ideeën")]
    [InlineData("casus", "ca-sus")]
    public void Dutch_words_break_where_the_patterns_say_with_two_letters_before_and_three_after(string word, string expected) =>
        Assert.Equal(expected, Hyphenator.Show(word));

    [Theory]
    [InlineData("Balint")]
    [InlineData("PowerPoint")]
    [InlineData("SMART")]
    [InlineData("covid19")]
    [InlineData("www")]
    [InlineData("stap")]
    public void Names_capitals_numbers_and_short_words_are_never_hyphenated(string word) =>
        Assert.Empty(Hyphenator.Points(word));

    [Fact]
    public void The_exception_list_wins_over_the_patterns()
    {
        // Patterns that allow a break before every b and c.
        var patterns = DutchHyphenator.ReadPatterns(new MemoryStream("ISO8859-1\n1b\n1c\n"u8.ToArray()));
        var exceptions = DutchHyphenator.ReadExceptions("# commentaar\nabcabc-abc\nbcbcbcb # nooit\n");
        var hyphenator = new DutchHyphenator(patterns, exceptions);

        Assert.Equal("ab-ca-b-c-cab", hyphenator.Show("abcabccab"));
        Assert.Equal("abcabc-abc", hyphenator.Show("abcabcabc"));
        Assert.Equal("bcbcbcb", hyphenator.Show("bcbcbcb"));
    }

    [Fact]
    public void The_exceptions_shipped_are_words_the_patterns_would_break_otherwise_or_foreign_words()
    {
        using var stream = typeof(DutchHyphenator).Assembly.GetManifestResourceStream("IntervisieDocs.Hyphenation.uitzonderingen.txt")!;
        var exceptions = DutchHyphenator.ReadExceptions(new StreamReader(stream).ReadToEnd());
        var patternsOnly = new DutchHyphenator(
            DutchHyphenator.ReadPatterns(typeof(DutchHyphenator).Assembly.GetManifestResourceStream("IntervisieDocs.Hyphenation.hyph_nl_NL.dic")!),
            []);
        foreach (var (word, points) in exceptions)
        {
            Assert.True(DutchHyphenator.CanHyphenate(word), $"'{word}' in de uitzonderingen is geen woord van kleine letters");
            // A foreign word is broken only where this list says (never by the patterns), so it may agree with them.
            if (ForeignWords.Instance.LanguageOf(word) is null)
            {
                Assert.NotEqual(points, patternsOnly.Points(word));
            }
        }
    }
}
