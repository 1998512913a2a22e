using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Design;
using IntervisieDocs.Tests.Products;

namespace IntervisieDocs.Tests.Markdown;

/// <summary><c>[[kopband id]]</c> and <c>[[tijdlijn id]]</c>: the Markdown stage asks the product's methods for the figures.</summary>
public sealed class MethodFigureDirectiveTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private MethodFigureLookup Figures => new(fixture.Data);

    private IReadOnlyList<Element> Render(string markdown, IMethodFigures? figures = null) =>
        [.. ((Column)MarkdownLayout.Render(markdown, PrintTheme.Default(), figures ?? Figures)).Children];

    private string ErrorFor(string markdown, IMethodFigures? figures = null) =>
        Assert.Throws<MarkdownPrintException>(() => MarkdownLayout.Render(markdown, PrintTheme.Default(), figures)).Message;

    [Fact]
    public void A_band_is_the_methods_header_band_with_its_name_as_a_heading()
    {
        var band = Assert.IsType<HeaderBand>(Assert.Single(Render("[[kopband vissenkom]]")));
        Assert.Equal("Vissenkom (fishbowl)", band.Title);
        Assert.Contains(band.Facts, f => f.Icon == PictogramKind.Clock && f.Text == "65\u00A0min");
        Assert.Contains(band.Facts, f => f.Icon == PictogramKind.Group && f.Text.StartsWith("4–8 deelnemers [richtlijn", StringComparison.Ordinal));
        var heading = Assert.IsType<Heading>(band.Children.First());
        Assert.Equal((1, "methode-vissenkom"), (heading.Level, heading.Anchor));
        Assert.True(band.KeepWithNext);
    }

    [Fact]
    public void A_band_can_name_its_heading_level()
    {
        var band = Assert.IsType<HeaderBand>(Assert.Single(Render("[[kopband vissenkom 2]]")));
        Assert.Equal(2, Assert.IsType<Heading>(band.Children.First()).Level);
    }

    [Fact]
    public void A_timeline_has_every_step_with_its_minutes_and_marks_optional_steps()
    {
        var method = fixture.Method("socratische-methode");
        var timeline = Assert.IsType<Timeline>(Assert.Single(Render("[[tijdlijn socratische-methode]]")));
        Assert.Equal(method.Steps.Select(s => s.Minutes), timeline.Steps.Select(s => s.Minutes));
        Assert.Equal(method.Steps.Select(s => s.Optional), timeline.Steps.Select(s => s.Optional));
        Assert.Contains(timeline.Steps, s => s.Optional);
    }

    [Fact]
    public void A_timeline_marks_the_steps_repeated_per_topic()
    {
        var timeline = Assert.IsType<Timeline>(Assert.Single(Render("[[tijdlijn snelle-adviesrondes]]")));
        Assert.Contains(timeline.Steps, s => s.PerTopic);
    }

    [Theory]
    [InlineData("[[kopband onbekend]]", "regel 1: [[kopband onbekend]]: onbekende methode \"onbekend\"; bekend zijn: balint-methode, ")]
    [InlineData("[[tijdlijn onbekend]]", "regel 1: [[tijdlijn onbekend]]: onbekende methode \"onbekend\"; bekend zijn: balint-methode, ")]
    [InlineData("[[tijdlijn krachtenveldanalyse]]", "regel 1: [[tijdlijn krachtenveldanalyse]]: de methode \"krachtenveldanalyse\" heeft geen tijden, dus geen tijdlijn")]
    [InlineData("[[kopband]]", "regel 1: [[kopband]]: noem de methode met haar id, bijvoorbeeld [[kopband vissenkom]]")]
    [InlineData("[[kopband \"vissenkom\"]]", "regel 1: [[kopband \"vissenkom\"]]: noem de methode met haar id")]
    [InlineData("[[kopband vissenkom 7]]", "regel 1: [[kopband vissenkom 7]]: \"7\" is geen kopniveau; het niveau is 1 tot 4")]
    [InlineData("[[tijdlijn vissenkom 2]]", "regel 1: [[tijdlijn vissenkom 2]]: te veel woorden; schrijf bijvoorbeeld [[tijdlijn vissenkom]]")]
    public void Mistakes_are_named_in_Dutch(string markdown, string start) =>
        Assert.StartsWith(start, ErrorFor(markdown, Figures));

    [Fact]
    public void A_product_without_methods_says_so() =>
        Assert.Equal(
            "regel 1: [[kopband vissenkom]]: dit product kent geen methoden; een kopband of tijdlijn kan alleen in de handout, de schatkist en het sessiepakket",
            ErrorFor("[[kopband vissenkom]]"));

    [Fact]
    public void The_template_leaves_the_timeline_out_for_a_method_without_times()
    {
        var markdown = Handout.Build(fixture.Method("krachtenveldanalyse"), fixture.Context).Markdown;
        Assert.StartsWith("[[kopband krachtenveldanalyse]]", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[[tijdlijn", markdown, StringComparison.Ordinal);
        Assert.Contains("de bron noemt geen tijden", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_text_keeps_to_the_themes_measure_at_the_top_level_only()
    {
        var theme = PrintTheme.Default() with { TextMeasure = Units.Mm(100) };
        var column = (Column)MarkdownLayout.Render("Een alinea.\n\n- een punt\n\n::: kader\nIn een kader.\n:::\n", theme);
        Assert.All(column.Children, c => Assert.Equal(Units.Mm(100), Assert.IsType<MeasureLimit>(c).Width));
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(new DocumentModel("t", [new Section(PageSetup.WithMarginsMm(PageSetup.A4, 15), column)]), canvas, new TextMeasurer());
        Assert.All(canvas.Pages[0].Texts, t => Assert.True(t.X + t.Width <= Units.Mm(15 + 100) + 0.5, t.Text));
    }
}
