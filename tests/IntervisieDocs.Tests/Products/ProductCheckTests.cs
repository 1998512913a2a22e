using IntervisieDocs.Products;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Products;

/// <summary><c>intervisie controleer</c> builds every product, cards included.</summary>
public sealed class ProductCheckTests(CardFixture cards) : IClassFixture<CardFixture>, IDisposable
{
    private readonly string _own = Directory.CreateTempSubdirectory("sjablonen").FullName;

    public void Dispose() => Directory.Delete(_own, recursive: true);

    private TemplateRenderer Templates(string? ownFolder = null) =>
        new(new TemplateSet(Path.Join(RepoPaths.Root, "templates"), ownFolder));

    [Fact]
    public void The_real_data_and_templates_make_every_product_without_problems() =>
        Assert.Empty(ProductCheck.CheckAll(cards.Data, Templates()));

    [Fact]
    public void A_broken_back_of_a_question_card_is_found()
    {
        File.WriteAllText(Path.Join(_own, "kaart-vraag.sbn"), "{{ if kaart.zijde == \"achter\" }}{{ vraag.tekts }}{{ else }}x{{ end }}");

        var problems = ProductCheck.CheckAll(cards.Data, Templates(_own)).ToList();

        Assert.True(problems.Count == cards.Data.QuestionBanks.Count, string.Join("\n", problems));
        var problem = Assert.Single(problems, p => p.StartsWith("kaarten --vragen gouden-vragen: ", StringComparison.Ordinal));
        Assert.Contains("kaart-vraag.sbn:1:42: vraag heeft geen veld 'tekts'", problem);
    }

    [Fact]
    public void A_card_that_never_fits_is_found_for_every_method()
    {
        File.WriteAllText(Path.Join(_own, "kaart-overzicht.sbn"), "[[antwoordvak 200mm]]");

        var problems = ProductCheck.CheckAll(cards.Data, Templates(_own)).ToList();

        Assert.Equal(cards.Data.Methods.Count, problems.Count);
        Assert.All(problems, p => Assert.Contains("opmaak lukt niet: overzichtskaart past ook in 10 pt niet op een kaart", p));
    }
}
