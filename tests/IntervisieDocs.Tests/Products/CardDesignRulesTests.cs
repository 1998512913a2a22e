using IntervisieDocs.Products.Cards;
using IntervisieDocs.Templating;
using Xunit.Abstractions;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// Design rules over every card of every method's deck (all 19 methods): the body is never below
/// 10 pt (text that does not fit continues on a "vervolg" card), and a role card says what the role
/// does in the steps whose text names it.
/// </summary>
public sealed class CardDesignRulesTests(CardFixture cards, ITestOutputHelper output) : IClassFixture<CardFixture>
{
    [Fact]
    public void Design_rule_no_card_body_of_any_method_deck_is_below_10_pt()
    {
        var fitter = new CardFitter(cards.Measurer);
        var (specs, fronts, continued) = (0, 0, 0);
        var smaller = new List<string>();
        var many = new List<string>();
        foreach (var method in cards.Data.Methods)
        {
            foreach (var spec in CardDeck.ForMethod(method, cards.Data))
            {
                var card = fitter.Fit(CardProducts.Render(spec, cards.Context, withBack: false));
                specs++;
                fronts += card.Fronts.Count;
                continued += card.Fronts.Count - 1;
                if (card.Fronts.Count > 1)
                {
                    many.Add($"{method.Id}: {spec.Name} ({card.Fronts.Count}× {card.FontSize} pt)");
                }

                if (card.FontSize < 10)
                {
                    smaller.Add($"{method.Id}: {spec.Name} ({card.FontSize} pt)");
                }
            }
        }

        output.WriteLine($"{specs} kaarten in de gegevens, {fronts} gedrukte kaarten, waarvan {continued} vervolgkaarten; onder 10 pt: {smaller.Count}: {string.Join(", ", smaller)}");
        output.WriteLine($"met vervolg: {string.Join(", ", many)}");
        Assert.Empty(smaller);
    }

    [Fact]
    public void Design_rule_every_role_card_names_a_step_with_its_words_where_the_data_has_some()
    {
        foreach (var method in cards.Data.Methods)
        {
            foreach (var role in method.Roles)
            {
                var forms = RoleSentences.Forms(role);
                var named = method.Steps.Where(s => s.RoleInstructions.Any(r => r.RoleId == role.Id) || RoleSentences.Excerpt(s.Description, forms).Length > 0).ToList();
                var spec = CardDeck.ForMethod(method, cards.Data).Single(s => s.Name == $"rolkaart {role.Name}");
                var front = CardProducts.Render(spec, cards.Context, withBack: false).Front;
                foreach (var step in named)
                {
                    Assert.Contains($"## Stap {step.Number}", front, StringComparison.Ordinal);
                }

                // Where the data names the role in no step, the card shows the course instead.
                Assert.Equal(named.Count == 0, front.Contains("## Verloop", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Every_role_of_every_method_is_named_in_some_step()
    {
        var unnamed = cards.Data.Methods.SelectMany(m => m.Roles
            .Where(role => !m.Steps.Any(s => s.RoleInstructions.Any(r => r.RoleId == role.Id) || RoleSentences.Excerpt(s.Description, RoleSentences.Forms(role)).Length > 0))
            .Select(role => $"{m.Id}: {role.Name}")).ToList();
        output.WriteLine($"rollen die geen stap noemt: {unnamed.Count}: {string.Join(", ", unnamed)}");
    }
}
