using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

public sealed class LineBreakingTests
{
    private readonly TextMeasurer _measurer = new();

    private IReadOnlyList<TextLine> Break(string text, double width) =>
        new LineBreaker(_measurer).Break([new Span(text, TextStyle.Body)], width, 1.3);

    [Fact]
    public void Text_that_fits_stays_on_one_line()
    {
        var lines = Break("Wat is de situatie?", 400);
        Assert.Single(lines);
        Assert.Equal("Wat is de situatie?", lines[0].PlainText);
    }

    [Fact]
    public void Lines_break_at_spaces_and_never_exceed_the_width()
    {
        var text = LayoutHarness.Lorem(60);
        var lines = Break(text, 150);
        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Width <= 150.001, $"{l.PlainText} is {l.Width} breed"));
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.PlainText)));
    }

    [Fact]
    public void The_breaker_tells_when_it_had_to_break_a_word_inside()
    {
        var breaker = new LineBreaker(_measurer);
        var narrow = _measurer.Width("0:00–0:0", TextStyle.Body) + 1;

        var torn = breaker.Break([new Span("0:00–0:05", TextStyle.Body)], narrow, 1.3);
        Assert.Equal(["0:00–0:0", "5"], torn.Select(l => l.PlainText));
        Assert.True(breaker.BrokeInsideWord);

        breaker.Break([new Span("0:00–0:05 en meer", TextStyle.Body)], 400, 1.3);
        Assert.False(breaker.BrokeInsideWord);
    }

    [Fact]
    public void Soft_hyphen_is_invisible_unless_the_line_breaks_there()
    {
        var oneLine = Break("zelf\u00ADintervisie\u00ADtest", 400);
        Assert.Equal("zelfintervisietest", oneLine.Single().PlainText);

        var width = _measurer.Width("Dit is de zelfintervisie-", TextStyle.Body) + 1;
        var broken = Break("Dit is de zelf\u00ADintervisie\u00ADtest", width);
        Assert.Equal(["Dit is de zelfintervisie-", "test"], broken.Select(l => l.PlainText));
    }

    [Fact]
    public void Lines_break_after_a_hyphen()
    {
        var width = _measurer.Width("intervisietest", TextStyle.Body) + 2;
        var lines = Break("Een zelf-intervisietest", width);
        Assert.Equal(["Een zelf-", "intervisietest"], lines.Select(l => l.PlainText));
    }

    [Fact]
    public void No_break_space_keeps_words_together()
    {
        var width = _measurer.Width("aaaa bbbb 15", TextStyle.Body) + 1;
        var lines = Break("aaaa bbbb 15\u00A0min.", width);
        // Drawn as a plain space, so the PDF's text reads (and searches) "15 min.".
        Assert.Equal("15 min.", lines[^1].PlainText);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_inside()
    {
        var word = "Donaudampfschifffahrtsgesellschaftskapitänswitwe";
        var lines = Break(word, 60);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 60.001));
        Assert.Equal(word, string.Concat(lines.Select(l => l.PlainText)));
    }

    [Fact]
    public void A_newline_forces_a_break()
    {
        var lines = Break("eerste regel\ntweede regel", 400);
        Assert.Equal(["eerste regel", "tweede regel"], lines.Select(l => l.PlainText));
        Assert.True(lines[0].EndsWithBreak);
    }

    [Fact]
    public void Runs_in_different_styles_join_without_a_break_opportunity()
    {
        Span[] spans = [new("vet", TextStyle.Body.Bold()), new(", en cursief", TextStyle.Body.Italic())];
        var lines = new LineBreaker(_measurer).Break(spans, 400, 1.3);
        Assert.Equal("vet, en cursief", lines.Single().PlainText);
        Assert.Equal(FontFace.Bold, lines[0].Pieces[0].Style.Face);
        Assert.Equal(FontFace.Italic, lines[0].Pieces[1].Style.Face);
    }

    [Fact]
    public void Line_height_follows_the_largest_font_on_the_line()
    {
        Span[] spans = [new("klein ", TextStyle.Body), new("GROOT", TextStyle.Body.WithSize(20))];
        var line = new LineBreaker(_measurer).Break(spans, 400, 1.3).Single();
        Assert.Equal(26, line.Height, 3);
    }

    [Fact]
    public void Dutch_characters_have_real_widths()
    {
        foreach (var c in "ëïé’“”–—…")
        {
            Assert.True(_measurer.Width(c.ToString(), TextStyle.Body) > 0, $"'{c}' heeft geen breedte");
        }
    }
}
