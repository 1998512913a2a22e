using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Typography;

public sealed class DutchPunctuationTests
{
    [Theory]
    [InlineData("dilemma's en collega's", "dilemma’s en collega’s")]
    [InlineData("'s avonds en 't is zo'n dag", "’s avonds en ’t is zo’n dag")]
    [InlineData("het 'enige juiste antwoord', niet", "het “enige juiste antwoord”, niet")]
    [InlineData("de vraag \"Wie heeft er welke twijfels?\". Daarbij", "de vraag “Wie heeft er welke twijfels?”. Daarbij")]
    [InlineData("\"Mijn 'eigen' probleem\" zei ze", "“Mijn ‘eigen’ probleem” zei ze")]
    [InlineData("(\"kan\" of 'mag')", "(“kan” of “mag”)")]
    public void Quotes_and_apostrophes_are_typographic_in_one_style(string source, string expected) =>
        Assert.Equal(expected, DutchPunctuation.Apply(source));

    [Theory]
    [InlineData("4-7 deelnemers", "4–7 deelnemers")]
    [InlineData("van 13:30-15:00 uur", "van\u00A013:30–15:00\u00A0uur")]
    [InlineData("Luisteroefening - Intervisie", "Luisteroefening – Intervisie")]
    [InlineData("herformuleert - indien nodig - zijn vraag", "herformuleert – indien nodig – zijn vraag")]
    [InlineData("Balint-methode en 5-stappenmethode", "Balint-methode en 5-stappenmethode")]
    [InlineData("bel 06-1234-5678 of zie 2010-05-01", "bel 06-1234-5678 of zie 2010-05-01")]
    public void Ranges_and_spaced_hyphens_become_en_dashes_and_compounds_keep_their_hyphen(string source, string expected) =>
        Assert.Equal(expected, DutchPunctuation.Apply(source));

    [Theory]
    [InlineData("(1 uur 20 min)", "(1\u00A0uur 20\u00A0min)")]
    [InlineData("5 minuten, 3 mm, 10 %", "5\u00A0minuten, 3\u00A0mm, 10\u00A0%")]
    [InlineData("pagina 3 van 12 en stap 2", "pagina\u00A03 van\u00A012 en stap 2")]
    [InlineData("5 mensen en 2 minnaars", "5 mensen en 2 minnaars")]
    public void A_number_keeps_its_unit_on_its_line(string source, string expected) =>
        Assert.Equal(expected, DutchPunctuation.Apply(source));

    [Fact]
    public void Quotes_pair_across_spans_and_every_span_keeps_its_length()
    {
        var bold = TextStyle.Body.Bold();
        IReadOnlyList<Span> spans = [new("zij zei '", TextStyle.Body), new("nee", bold), new("' en ging", TextStyle.Body)];

        var result = TypographicSpans.Apply(spans);

        Assert.Equal(["zij zei “", "nee", "” en ging"], result.Select(s => s.Text));
        Assert.Equal(spans.Select(s => s.Style), result.Select(s => s.Style));
    }

    [Fact]
    public void Text_without_anything_to_change_is_returned_as_it_was()
    {
        IReadOnlyList<Span> spans = [new("Gewone tekst, zonder iets.", TextStyle.Body)];
        Assert.Same(spans, TypographicSpans.Apply(spans));
    }
}
