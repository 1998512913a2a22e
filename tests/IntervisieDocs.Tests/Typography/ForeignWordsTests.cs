using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Typography;

/// <summary>Words that are not Dutch get their language: a span of their own, and no Dutch hyphenation.</summary>
public sealed class ForeignWordsTests
{
    private static readonly ForeignWords Words = ForeignWords.Instance;

    private static IReadOnlyList<Span> Mark(string text) => LanguageSpans.Mark([new Span(text, TextStyle.Body)]);

    [Fact]
    public void A_listed_word_becomes_a_span_in_its_language_and_the_text_stays_the_same()
    {
        var spans = Mark("Vissenkom (fishbowl)");
        Assert.Equal(["Vissenkom (", "fishbowl", ")"], spans.Select(s => s.Text));
        Assert.Equal([null, "en", null], spans.Select(s => s.Style.Language));
        Assert.All(spans, s => Assert.Equal(TextStyle.Body.Face, s.Style.Face));
    }

    [Fact]
    public void Case_does_not_matter_but_whole_words_do()
    {
        Assert.Equal(["Reflecting", " teamgesprek"], Mark("Reflecting teamgesprek").Select(s => s.Text));
        Assert.Equal("en", Mark("Reflecting teamgesprek")[0].Style.Language);
        Assert.Single(Mark("een reflectingteam en een fishbowlopstelling"));
        Assert.Single(Mark("team, feedback en een casus"));
    }

    [Fact]
    public void Text_without_a_listed_word_keeps_its_spans()
    {
        IReadOnlyList<Span> spans = [new Span("De inbrenger ", TextStyle.Body), new Span("vertelt", TextStyle.Body.Bold())];
        Assert.Same(spans, LanguageSpans.Mark(spans));
    }

    [Fact]
    public void A_styled_span_keeps_its_style_around_the_foreign_word()
    {
        var bold = TextStyle.Body.Bold();
        var spans = LanguageSpans.Mark([new Span("de ", TextStyle.Body), new Span("modelling-vragen", bold)]);
        Assert.Equal(["de ", "modelling", "-vragen"], spans.Select(s => s.Text));
        Assert.Equal(bold with { Language = "en" }, spans[1].Style);
        Assert.Equal(bold, spans[2].Style);
    }

    [Fact]
    public void The_list_reads_a_word_and_a_language_a_line_and_refuses_anything_else()
    {
        var list = ForeignWords.Read("# commentaar\nfishbowl   en\n\nbrainstorm\ten\n");
        Assert.Equal(2, list.Count);
        Assert.Equal("en", list["Brainstorm"]);
        var error = Assert.Throws<InvalidOperationException>(() => ForeignWords.Read("reflecting team en"));
        Assert.Contains("reflecting team en", error.Message);
    }

    [Fact]
    public void A_foreign_word_breaks_only_where_the_exception_list_allows_never_by_the_dutch_patterns()
    {
        var measurer = new TextMeasurer();
        var breaker = new LineBreaker(measurer, DutchHyphenator.Instance);
        var hyphenator = DutchHyphenator.Instance;
        Assert.NotEmpty(hyphenator.Points("fishbowlen"));
        Assert.Empty(hyphenator.ListedPoints("fishbowlen"));
        Assert.Equal(hyphenator.Points("modelling"), hyphenator.ListedPoints("modelling"));

        // Not listed as an exception: "input" is never hyphenated, however narrow the line.
        const string text = "geef je input";
        var width = measurer.Width("geef je in-", TextStyle.Body) + 1;
        var dutch = breaker.Break([new Span(text, TextStyle.Body)], width, 1.3).Select(l => l.PlainText);
        var english = breaker.Break(LanguageSpans.Mark([new Span(text, TextStyle.Body)]), width, 1.3).Select(l => l.PlainText);
        Assert.Equal(["geef je in-", "put"], dutch);
        Assert.Equal(["geef je", "input"], english);
    }
}
