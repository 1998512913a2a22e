using IntervisieDocs.Layout;
using IntervisieDocs.Model;
using IntervisieDocs.Products;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// Text from the data stays text: our print directives (<c>[[nieuwe-pagina]]</c>) and <c>:::</c>
/// containers in a Markdown field of a method print as themselves and never take effect.
/// </summary>
public sealed class DataPrintSyntaxTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private const string Injected = "Eerst dit.\n\n[[nieuwe-pagina]]\n\n::: kader-grijs Ingevoegd\nin een kader\n:::\n\n:::::: tabel * *\n::::::\n\nDaarna [[schrijfregels 30]] dat.";

    [Fact]
    public void Directives_and_fences_in_a_steps_description_print_as_text()
    {
        var method = fixture.Method("clinic");
        var plain = Pages(method);
        var steps = method.Steps.Select((s, i) => i == 0 ? s with { Description = Injected } : s).ToList();
        var hostile = method with { Steps = new ValueList<Step>([.. steps]) };

        var product = Handout.Build(hostile, fixture.Context);
        var canvas = ProductFixture.Compose(product);
        var texts = string.Join(' ', canvas.AllTexts);

        Assert.Contains("[[nieuwe-pagina]]", texts);
        Assert.Contains("::: kader-grijs Ingevoegd", texts);
        Assert.Contains("[[schrijfregels 30]]", texts);
        Assert.Empty(DocumentComposer.Descendants(product.Document.Sections[0].Content).OfType<PageBreak>());
        Assert.InRange(canvas.Pages.Count, plain, plain + 1);
    }

    [Fact]
    public void Directives_and_fences_in_a_role_instruction_print_as_text()
    {
        var method = fixture.Data.Methods.First(m => m.Steps.Any(s => s.RoleInstructions.Count > 0));
        var step = method.Steps.First(s => s.RoleInstructions.Count > 0);
        var roles = step.RoleInstructions.Select((r, i) => i == 0 ? r with { Text = Injected } : r).ToList();
        var steps = method.Steps.Select(s => s.Number == step.Number ? s with { RoleInstructions = new ValueList<RoleInstruction>([.. roles]) } : s).ToList();
        var product = Handout.Build(method with { Steps = new ValueList<Step>([.. steps]) }, fixture.Context);

        var texts = string.Join(' ', ProductFixture.Compose(product).AllTexts);
        Assert.Contains("[[nieuwe-pagina]]", texts);
        Assert.Contains("::: kader-grijs Ingevoegd", texts);
        Assert.Empty(DocumentComposer.Descendants(product.Document.Sections[0].Content).OfType<PageBreak>());
    }

    [Theory]
    [InlineData("[[nieuwe-pagina]]")]
    [InlineData("::: kader-grijs x")]
    [InlineData("a\n::: kader\nb\n:::")]
    public void Md_makes_directives_and_fences_literal(string text)
    {
        Assert.DoesNotContain("[[", DutchFilters.Md(text));
        Assert.DoesNotContain(":::", DutchFilters.Md(text));
        Assert.DoesNotContain("[[", DutchFilters.MdRegels(text));
        Assert.DoesNotMatch("(?m)^\\s*:::", DutchFilters.MdRegels(text));
    }

    private int Pages(Method method) => ProductFixture.Compose(Handout.Build(method, fixture.Context)).Pages.Count;
}
