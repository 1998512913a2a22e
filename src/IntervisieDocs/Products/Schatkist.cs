using System.Text.RegularExpressions;
using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>
/// The schatkist: an A5 booklet of every method, the rules, the question banks and the background
/// texts, with a table of contents that links and a bookmark per chapter and method
/// (template <c>schatkist.sbn</c>).
/// </summary>
internal static partial class Schatkist
{
    public const string Template = "schatkist";

    public static Product Build(ProductContext context)
    {
        var data = context.Data;
        var variables = TemplateModel.Variables(
            ("methoden", data.Methods.Select(m => TemplateModel.Method(m, data)).ToList()),
            ("vragenbanken", data.QuestionBanks.Select(TemplateModel.QuestionBank).ToList()),
            ("teksten", new TemplateObject("teksten", data.Texts.Select(t => KeyValuePair.Create(t.Id, (object?)TemplateModel.Text(t))))),
            ("aantal_methoden", data.Methods.Count),
            ("werkbladen", WorksheetAppendix(context)));
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, PrintTheme.Compact);
        var document = new DocumentModel("Schatkist intervisie", [new Section(PageStyles.A5Booklet(), content, "Schatkist")])
        {
            Subject = "Intervisiemethoden, spelregels en vragen",
            Keywords = "intervisie, schatkist",
        };
        return new Product("schatkist", markdown, document);
    }

    /// <summary>
    /// Every worksheet's Markdown, one heading level down so each sits under the appendix chapter;
    /// laid out in the booklet's A5 pages like the rest.
    /// </summary>
    private static List<string> WorksheetAppendix(ProductContext context) =>
        [.. WorksheetKinds.All.Select(kind => HeadingDown().Replace(Worksheet.Markdown(kind, context), "#$1"))];

    [GeneratedRegex(@"(?m)^(#{1,5} )")]
    private static partial Regex HeadingDown();
}
