using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>
/// The schatkist: an A5 booklet of every method, the rules, the question banks and the background
/// texts, with a table of contents that links and a bookmark per chapter and method
/// (template <c>schatkist.liquid</c>).
/// </summary>
internal static class Schatkist
{
    public const string Template = "schatkist";

    public static Product Build(ProductContext context)
    {
        var data = context.Data;
        var variables = TemplateModel.Variables(
            ("methoden", data.Methods.Select(m => TemplateModel.Method(m, data)).ToList()),
            ("vragenbanken", data.QuestionBanks.Select(TemplateModel.QuestionBank).ToList()),
            ("teksten", new TemplateObject("teksten", data.Texts.Select(t => KeyValuePair.Create(t.Id, (object?)TemplateModel.Text(t))))),
            ("aantal_methoden", data.Methods.Count));
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, PrintTheme.Compact);
        var document = new DocumentModel("Schatkist intervisie", [new Section(PageStyles.A5Booklet(), content, "Schatkist")])
        {
            Subject = "Intervisiemethoden, spelregels en vragen",
            Keywords = "intervisie, schatkist",
        };
        return new Product("schatkist", markdown, document);
    }
}
