using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>The method handout: 1–3 A4 pages a trainer hands out (template <c>handout.sbn</c>).</summary>
internal static class Handout
{
    public const string Template = "handout";

    /// <summary>
    /// 10 pt body (docs/ontwerp.md: A4 body 10–10.5) with running text at a measure of 125 mm (about
    /// 75 characters), flush left; the header band, the timeline and the steps table take the full
    /// width, the table's cells in 9.5 pt.
    /// </summary>
    public static PrintTheme Theme { get; } = PrintTheme.Default(10) with { TextMeasure = Units.Mm(125), CellTheme = PrintTheme.Default(9.5) };

    public static Product Build(Method method, ProductContext context)
    {
        var variables = TemplateModel.Variables(("methode", TemplateModel.Method(method, context.Data)));
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, Theme, new Design.MethodFigureLookup(context.Data));
        var document = new DocumentModel($"{method.Title} – handout", [new Section(PageStyles.A4(method.Title), content, method.Title)])
        {
            Subject = method.Purpose,
            Keywords = string.Join(", ", method.Tags),
        };
        return new Product($"handout-{method.Id}", markdown, document);
    }
}
