using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Layout;

/// <summary>The line breaker with Dutch hyphenation: where it hyphenates, where it must not, and justified lines without rivers.</summary>
public sealed class HyphenationTests
{
    private readonly TextMeasurer _measurer = new();

    private IReadOnlyList<string> Break(string text, double width, bool justified = false) =>
        [.. new LineBreaker(_measurer, DutchHyphenator.Instance).Break([new Span(text, TextStyle.Body)], width, 1.3, justified).Select(l => l.PlainText)];

    private double Width(string text) => _measurer.Width(text, TextStyle.Body);

    [Fact]
    public void A_word_that_would_leave_a_narrow_line_half_empty_is_hyphenated()
    {
        var lines = Break("de gespreksleider vraagt", Width("de gespreks-") + 1);
        Assert.Equal(["de gespreks-", "leider vraagt"], lines);
    }

    [Fact]
    public void Ragged_text_is_not_hyphenated_when_the_line_is_nearly_full()
    {
        // Breaking before "gespreksleider" leaves less than the ragged slack: no hyphen needed.
        var width = Width("de inbrenger en de") / (1 - (LineBreaker.RaggedSlack / 2));
        Assert.Equal(["de inbrenger en de", "gespreksleider"], Break("de inbrenger en de gespreksleider", width));
    }

    [Fact]
    public void A_soft_hyphen_in_the_data_wins_over_the_patterns()
    {
        // The patterns would break "werk-pro-bleem" after "werkpro"; the data only allows "werk-".
        var lines = Break("ons werk\u00ADprobleem", Width("ons werkpro-") + 1);
        Assert.Equal(["ons werk-", "probleem"], lines);
    }

    [Theory]
    [InlineData("het boek van Gespreksleider")]
    [InlineData("zie www.intervisie.nl/gespreksleider")]
    [InlineData("de code gespreksleider2")]
    [InlineData("een IntervisieGroep")]
    public void Names_urls_numbers_and_inner_capitals_are_never_hyphenated(string text)
    {
        var lines = Break(text, Width(text) * 0.8);
        Assert.DoesNotContain(lines, l => l.EndsWith('-') && !text.Contains(l.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_at_the_start_of_a_sentence_is_hyphenated_as_the_word()
    {
        var lines = Break("Gespreksleider", Width("Gespreks-") + 1);
        Assert.Equal(["Gespreks-", "leider"], lines);
    }

    [Fact]
    public void Justified_word_spaces_never_stretch_beyond_twice_their_width()
    {
        var paragraph = new Paragraph(LayoutHarness.Lorem(400, seed: 7), TextStyle.Body, TextAlignment.Justify);
        var canvas = LayoutHarness.Render(paragraph, LayoutHarness.Custom(70, 400, 10));
        var space = Width(" ");
        var hyphenated = 0;
        var lines = canvas.Pages.SelectMany(p => p.Texts.GroupBy(t => t.Baseline)).ToList();
        foreach (var line in lines.SkipLast(1))
        {
            var pieces = line.OrderBy(t => t.X).ToList();
            for (var i = 1; i < pieces.Count; i++)
            {
                var gap = pieces[i].X - (pieces[i - 1].X + pieces[i - 1].Width);
                Assert.True(gap <= (Paragraph.MaxJustifiedStretch * space) + 0.01, $"spatie van {gap:0.0} pt vóór '{pieces[i].Text}'");
            }

            hyphenated += pieces[^1].Text.EndsWith('-') ? 1 : 0;
        }

        Assert.True(hyphenated > 0, "een smalle uitgevulde kolom zonder één afgebroken woord");
    }
}
