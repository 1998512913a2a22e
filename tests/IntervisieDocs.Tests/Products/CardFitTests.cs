using System.Text.RegularExpressions;
using IntervisieDocs.Layout;
using IntervisieDocs.Products.Cards;
using Xunit.Abstractions;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// Text grows to fill its card; text that does not fit is set smaller, down to 10 pt, then continues
/// on "vervolg" cards; never clipped.
/// </summary>
public sealed partial class CardFitTests(CardFixture cards, ITestOutputHelper output) : IClassFixture<CardFixture>
{
    private FittedCard Fit(CardSpec spec) => new CardFitter(cards.Measurer).Fit(CardProducts.Render(spec, cards.Context, withBack: false));

    private FittedCard StepCard(int words) =>
        Fit(CardDeck.ForMethod(LongSteps.Method(words), cards.Data).Single(s => s.Name == "stapkaart 1"));

    /// <summary>Every card of the real data: each method's deck, each question bank's, and the method deck.</summary>
    private IEnumerable<CardSpec> AllRealCards() =>
        cards.Data.Methods.SelectMany(m => CardDeck.ForMethod(m, cards.Data).Select(s => s with { Name = $"{m.Id}: {s.Name}" }))
            .Concat(cards.Data.QuestionBanks.SelectMany(b => CardDeck.ForQuestionBank(b).Select(s => s with { Name = $"{b.Id}: {s.Name}" })))
            .Concat(CardDeck.ForAllMethods(cards.Data));

    [Fact]
    public void The_real_cards_are_set_at_the_largest_size_that_needs_no_more_cards_than_10_pt()
    {
        var fitter = new CardFitter(cards.Measurer);
        foreach (var spec in AllRealCards())
        {
            var rendered = CardProducts.Render(spec, cards.Context, withBack: false);
            var card = fitter.Fit(rendered);
            Assert.InRange(card.FontSize, CardFitter.MinimumFontSize, spec.LargestFontSize);
            if (card.Fronts.Count > 1)
            {
                // Continued only where 10 pt does not hold the text on one card either.
                Assert.False(fitter.FitsWholeAt(rendered, CardFitter.MinimumFontSize), $"{spec.Name}: past in 10 pt op één kaart");
                continue;
            }

            // Grown as far as it goes: half a point larger, the text (without its foot) needs a second
            // card or would tear a word apart.
            if (card.FontSize < spec.LargestFontSize && (spec.Foot is null || spec.FootIsContent))
            {
                Assert.False(fitter.FitsWholeAt(rendered, card.FontSize + 0.5), $"{spec.Name}: {card.FontSize + 0.5} pt past ook op één kaart");
            }
        }
    }

    [Fact]
    public void Design_rule_no_card_body_is_below_10_pt_text_that_does_not_fit_continues_on_a_vervolg_card()
    {
        var fitter = new CardFitter(cards.Measurer);
        var sizes = new List<double>();
        var continued = new List<string>();
        foreach (var spec in AllRealCards())
        {
            var card = fitter.Fit(CardProducts.Render(spec, cards.Context, withBack: false));
            sizes.Add(card.FontSize);
            Assert.True(card.FontSize >= CardFitter.MinimumFontSize, $"{spec.Name}: {card.FontSize} pt");
            if (card.Fronts.Count > 1)
            {
                continued.Add($"{spec.Name} ({card.Fronts.Count} kaarten, {card.FontSize} pt)");
            }
        }

        sizes.Sort();
        output.WriteLine($"{sizes.Count} kaarten; tekst min {sizes[0]} pt, mediaan {sizes[sizes.Count / 2]} pt, max {sizes[^1]} pt");
        output.WriteLine($"met vervolgkaart: {continued.Count}: {string.Join(", ", continued)}");
    }

    [Fact]
    public void A_short_step_grows_to_the_largest_size()
    {
        var card = StepCard(40);
        Assert.Equal(CardFitter.LargestFontSize, card.FontSize);
        Assert.Single(card.Fronts);
    }

    [Fact]
    public void A_card_grows_on_its_own_a_long_card_beside_it_does_not_shrink_it()
    {
        // The same short step, in a method whose other step is long: each card gets its own size.
        var spec = CardDeck.ForMethod(LongSteps.Method(120), cards.Data);
        var fitter = new CardFitter(cards.Measurer);
        var sizes = spec.Where(s => s.Name.StartsWith("stapkaart", StringComparison.Ordinal))
            .Select(s => fitter.Fit(CardProducts.Render(s, cards.Context, withBack: false)).FontSize).ToList();
        Assert.True(sizes[0] < CardFitter.LargestFontSize, $"lange stap in {sizes[0]} pt");
        Assert.Equal(CardFitter.LargestFontSize, sizes[1]);
    }

    [Fact]
    public void A_step_too_long_for_the_largest_size_is_set_smaller_on_one_card()
    {
        var card = StepCard(120);
        Assert.Single(card.Fronts);
        Assert.InRange(card.FontSize, CardFitter.MinimumFontSize, CardFitter.LargestFontSize - 0.5);
    }

    [Fact]
    public void Sizes_go_down_in_half_points_from_13_to_10_pt()
    {
        Assert.Equal([13, 12.5, 12, 11.5, 11, 10.5, 10], CardFitter.FontSizes());
        Assert.Equal([11, 10.5, 10], CardFitter.FontSizes(11));
        Assert.Equal(10, CardFitter.Theme(10).Body.Size);
    }

    [Fact]
    public void A_600_word_step_continues_on_a_vervolg_card_with_every_word_once_and_nothing_outside_the_card()
    {
        var words = LongSteps.Words(600);
        var card = StepCard(600);
        Assert.True(card.Fronts.Count >= 2, $"{card.Fronts.Count} kaart(en)");
        Assert.InRange(card.FontSize, CardFitter.MinimumFontSize, CardFitter.LargestFontSize);

        foreach (var options in new[] { new CardOptions(), new CardOptions(PrintShop: true) })
        {
            var canvas = cards.Lay(cards.MethodCards(LongSteps.Method(600), options));
            var areas = options.PrintShop
                ? [CardGeometry.ContentArea(PrintShopPage.Trim)]
                : Enumerable.Range(0, 4).Select(slot => CardPages.SheetContent(slot)).ToArray();
            var stroke = options.PrintShop ? PrintShopPage.MarkStroke : CardSheet.MarkStroke;

            foreach (var page in canvas.Pages)
            {
                foreach (var (what, box) in CardPages.Content(page, cards.Measurer, stroke))
                {
                    Assert.True(areas.Any(a => a.Contains(box)), $"{what} ligt buiten de kaart: {box}");
                }
            }

            var cardTexts = canvas.Pages.SelectMany(p => areas.Select(a => CardPages.TextIn(p, a, cards.Measurer))).Where(t => t.Length > 0).ToList();
            var counts = cardTexts.SelectMany(t => Word().Matches(t)).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(words.Order(), counts.Keys.Order());
            Assert.All(counts, c => Assert.Equal(1, c.Value));

            // The first card has the step's title; the next one says it continues that step.
            var first = cardTexts.FindIndex(t => t.Contains("Stap 1 · Lange stap", StringComparison.Ordinal));
            Assert.True(first >= 0);
            Assert.Contains("Stap 1 (vervolg)", cardTexts[first + 1]);
            Assert.Equal(card.Fronts.Count - 1, cardTexts.Count(t => t.Contains("Stap 1 (vervolg)", StringComparison.Ordinal)));
            Assert.Contains("woord600", cardTexts[first + card.Fronts.Count - 1]);
            Assert.Contains("Stap 2 · Korte stap", cardTexts[first + card.Fronts.Count]);
        }
    }

    [Fact]
    public void A_continued_card_uses_the_largest_size_that_needs_no_more_cards_than_10_pt()
    {
        var spec = CardDeck.ForMethod(LongSteps.Method(600), cards.Data).Single(s => s.Name == "stapkaart 1");
        var rendered = CardProducts.Render(spec, cards.Context, withBack: false);
        var fitter = new CardFitter(cards.Measurer);
        var card = fitter.Fit(rendered);

        Assert.Equal(fitter.CardsAt(rendered, CardFitter.MinimumFontSize), card.Fronts.Count);
        foreach (var size in CardFitter.FontSizes().Where(s => s > card.FontSize))
        {
            Assert.True(fitter.CardsAt(rendered, size) > card.Fronts.Count, $"{size} pt past op evenveel kaarten");
        }
    }

    [Fact]
    public void Content_that_fits_on_no_card_at_any_size_is_an_error_naming_the_card()
    {
        var spec = new CardSpec("proefkaart", CardSpec.Step, []);
        var card = new RenderedCard(spec, "[[antwoordvak 200mm]]", "## vervolg", null);

        var error = Assert.Throws<LayoutException>(() => new CardFitter(cards.Measurer).Fit(card));

        Assert.Contains("proefkaart", error.Message);
        Assert.Contains("10 pt", error.Message);
        Assert.Contains("200 mm", error.Message);
    }

    [Fact]
    public void Content_that_could_never_continue_is_an_error_not_an_endless_row_of_cards()
    {
        // The first part fits, but what follows is taller than a card: only "vervolg" tops would be printed.
        var spec = new CardSpec("proefkaart", CardSpec.Step, []);
        var card = new RenderedCard(spec, "Tekst.\n\n[[antwoordvak 134mm]]", "## vervolg", null);

        var error = Assert.Throws<LayoutException>(() => new CardFitter(cards.Measurer).Fit(card));

        Assert.Contains("proefkaart", error.Message);
    }

    [Fact]
    public void A_back_that_fits_on_no_card_is_an_error_naming_the_card()
    {
        var card = new RenderedCard(new CardSpec("proefkaart", CardSpec.Step, []), "Voorkant.", "## vervolg", "[[antwoordvak 200mm]]");

        var error = Assert.Throws<LayoutException>(() => new CardFitter(cards.Measurer).Fit(card));

        Assert.Equal("proefkaart: de achterkant past ook in 10 pt niet op een kaart.", error.Message);
    }

    [GeneratedRegex(@"woord\d+")]
    private static partial Regex Word();
}
