using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>The method handout: 1–2 A4 pages a trainer hands out (template <c>handout.sbn</c>).</summary>
internal static class Handout
{
    public const string Template = "handout";

    public static Product Build(Method method, ProductContext context)
    {
        var variables = TemplateModel.Variables(("methode", TemplateModel.Method(method, context.Data)));
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, PrintTheme.Default(9));
        var document = new DocumentModel($"{method.Title} – handout", [new Section(PageStyles.A4(method.Title), content, method.Title)])
        {
            Subject = method.Purpose,
            Keywords = string.Join(", ", method.Tags),
        };
        return new Product($"handout-{method.Id}", markdown, document);
    }
}
