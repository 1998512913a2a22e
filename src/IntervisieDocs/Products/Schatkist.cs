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
        [
            .. context.Library,
            ("alle_teksten", TemplateModel.Texts(data.Texts)),
            ("aantal_methoden", data.Methods.Count),
            ("werkbladen", WorksheetAppendix(context)),
        ]);
        var (markdown, content) = MarkdownProducts.Render(context.Templates, Template, variables, PrintTheme.Booklet, new Design.MethodFigureLookup(context.Data));
        var document = new DocumentModel("Schatkist intervisie", [Cover(data), new Section(PageStyles.A5Booklet(), content, "Schatkist")])
        {
            Subject = "Intervisiemethoden, spelregels en vragen",
            Keywords = "intervisie, schatkist",
        };
        return new Product("schatkist", markdown, document);
    }

    /// <summary>
    /// The cover (page 1, no page number): title, what the book holds, the motif, and the edition of
    /// the data it was made from, so two printed copies can be told apart.
    /// </summary>
    public static Section Cover(Model.DataSet data)
    {
        var cover = new CoverPage(
            "Schatkist intervisie",
            "Methoden, spelregels en vragen voor collegiaal leren: elke methode met haar stappen, tijden en rollen",
            "Handboek voor intervisiegroepen",
            [
                $"{data.Methods.Count} intervisiemethoden, elk met haar stappen, tijden en rollen",
                "een keuzehulp: welke methode past bij jullie vraag, tijd en groep",
                "de spelregels en gespreksregels",
                $"{data.QuestionBanks.Count} vragenlijsten en de achtergrond van intervisie",
                "alle werkbladen om te kopiëren",
            ],
            [],
            $"Editie van de gegevens: {data.Methods.Count} methoden, {data.QuestionBanks.Count} vragenlijsten, {data.Texts.Count} teksten · kenmerk {Edition(data)}");
        return new Section(new PageSetup(PageSetup.A5, default), cover, "Omslag");
    }

    /// <summary>A short mark of the data's content (methods, steps, minutes, questions, texts): it changes when the data does.</summary>
    public static string Edition(Model.DataSet data)
    {
        var text = new System.Text.StringBuilder();
        foreach (var m in data.Methods)
        {
            text.Append(m.Id).Append('|').Append(m.Title).Append('|').Append(m.Purpose).Append('|');
            foreach (var step in m.Steps)
            {
                text.Append(step.Number).Append(step.Title).Append(step.Minutes).Append(step.Description).Append(';');
            }
        }

        foreach (var b in data.QuestionBanks)
        {
            text.Append(b.Id).Append('|').Append(string.Join(";", b.Questions)).Append('|');
        }

        foreach (var t in data.Texts)
        {
            text.Append(t.Id).Append('|').Append(t.Title).Append('|');
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        var hex = Convert.ToHexString(hash, 0, 4);
        return $"{hex[..4]}-{hex[4..]}";
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
