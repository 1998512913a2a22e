using System.Text.RegularExpressions;
using IntervisieDocs.Layout;
using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Tests.Products;

/// <summary>Text that does not fit a card is set smaller, then continues on "vervolg" cards; never clipped.</summary>
public sealed partial class CardFitTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private FittedCard Fit(CardSpec spec) => new CardFitter(cards.Measurer).Fit(CardProducts.Render(spec, cards.Context, withBack: false));

    private FittedCard StepCard(int words) =>
        Fit(CardDeck.ForMethod(LongSteps.Method(words), cards.Data).Single(s => s.Name == "stapkaart 1"));

    [Fact]
    public void The_real_cards_fit_one_card_each_and_most_at_the_normal_size()
    {
        foreach (var method in cards.Data.Methods)
        {
            foreach (var spec in CardDeck.ForMethod(method, cards.Data))
            {
                var card = Fit(spec);
                Assert.True(card.Fronts.Count == 1, $"{method.Id}, {spec.Name}: {card.Fronts.Count} kaarten");
                Assert.InRange(card.FontSize, 7, 9);
            }
        }
    }

    [Fact]
    public void A_short_step_is_set_at_9_pt()
    {
        var card = StepCard(40);
        Assert.Equal(9, card.FontSize);
        Assert.Single(card.Fronts);
    }

    [Fact]
    public void A_step_too_long_for_9_pt_is_set_smaller_on_one_card()
    {
        var card = StepCard(200);
        Assert.Single(card.Fronts);
        Assert.InRange(card.FontSize, 7, 8.5);
    }

    [Fact]
    public void Sizes_go_down_in_half_points_to_a_readable_7_pt()
    {
        Assert.Equal([9, 8.5, 8, 7.5, 7], CardFitter.FontSizes);
        Assert.Equal(7, CardFitter.Theme(7).Body.Size);
    }

    [Fact]
    public void A_600_word_step_continues_on_a_vervolg_card_with_every_word_once_and_nothing_outside_the_card()
    {
        var words = LongSteps.Words(600);
        var card = StepCard(600);
        Assert.True(card.Fronts.Count >= 2, $"{card.Fronts.Count} kaart(en)");
        Assert.InRange(card.FontSize, 7, 8.5);

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
    public void A_continued_card_uses_the_largest_size_that_needs_no_more_cards_than_7_pt()
    {
        var spec = CardDeck.ForMethod(LongSteps.Method(600), cards.Data).Single(s => s.Name == "stapkaart 1");
        var rendered = CardProducts.Render(spec, cards.Context, withBack: false);
        var fitter = new CardFitter(cards.Measurer);
        var card = fitter.Fit(rendered);

        Assert.Equal(fitter.CardsAt(rendered, 7), card.Fronts.Count);
        foreach (var size in CardFitter.FontSizes.Where(s => s > card.FontSize))
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
        Assert.Contains("7 pt", error.Message);
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

    [GeneratedRegex(@"woord\d+")]
    private static partial Regex Word();
}
