using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Pdf;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products.Worksheets;

/// <summary>
/// A fill-in worksheet (A4, template <c>werkblad-&lt;soort&gt;.sbn</c>): one copy per participant or
/// a number of blank copies in one PDF, each copy starting on a new page.
/// </summary>
internal static class Worksheet
{
    /// <summary>Between the copies in the Markdown written with --markdown.</summary>
    private const string CopySeparator = "\n\n[[nieuwe-pagina]]\n\n";

    /// <summary>Why these options cannot make this worksheet (a Dutch sentence), or null.</summary>
    public static string? Problem(WorksheetKind kind, WorksheetOptions options, Model.DataSet data)
    {
        if (options.Method is not null && !kind.UsesMethod)
        {
            return $"--methode hoort niet bij het werkblad {kind.Id}; wel bij: {string.Join(", ", WorksheetKinds.All.Where(k => k.UsesMethod).Select(k => k.Id))}";
        }

        if (options.Example && !kind.HasExample)
        {
            return $"--voorbeeld hoort niet bij het werkblad {kind.Id}; wel bij: {string.Join(", ", WorksheetKinds.All.Where(k => k.HasExample).Select(k => k.Id))}";
        }

        if (options.Names.Count > WorksheetOptions.MaxCopies || options.Copies is < 1 or > WorksheetOptions.MaxCopies)
        {
            return $"het aantal exemplaren moet tussen 1 en {WorksheetOptions.MaxCopies} liggen";
        }

        if (options.Names.Any(string.IsNullOrWhiteSpace))
        {
            return "een naam in --namen is leeg";
        }

        if (options.Names.FirstOrDefault(n => n.Length > WorksheetOptions.MaxNameLength) is { } longName)
        {
            return $"de naam '{longName[..20]}…' is langer dan {WorksheetOptions.MaxNameLength} tekens; hij moet in het naamvak en de paginakop passen";
        }

        if (kind == WorksheetKinds.WarmNeutralCold && options.Method is { } method && !WarmNeutralColdMethods(data).Contains(method.Title))
        {
            var ids = data.Methods.Where(m => WarmNeutralColdMethods(data).Contains(m.Title)).Select(m => m.Id);
            return $"de methode {method.Id} waardeert niet met warm, neutraal, koud; dat doen: {string.Join(", ", ids)}";
        }

        return null;
    }

    /// <exception cref="ArgumentException">The options do not fit the kind (see <see cref="Problem"/>).</exception>
    /// <exception cref="TemplateException">The template is missing or wrong, or made Markdown with an error.</exception>
    public static Product Build(WorksheetKind kind, WorksheetOptions options, ProductContext context)
    {
        if (Problem(kind, options, context.Data) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var variables = Variables(kind, options, context);
        var copies = options.CopyNames.Select((name, i) =>
        {
            var (markdown, content) = MarkdownProducts.Render(context.Templates, kind.Template, variables(name, i), PrintTheme.Default(9.5));
            return (Name: name, Markdown: markdown, Content: content);
        }).ToList();

        var title = TitleOf(copies[0].Content) ?? kind.Id;
        var sections = copies.Select(copy => new Section(PageStyles.Worksheet(title, copy.Name), copy.Content, copy.Name ?? title)).ToList();

        var document = new DocumentModel($"{title} – werkblad", sections) { Subject = kind.Description };
        return new Product($"werkblad-{kind.Id}", string.Join(CopySeparator, copies.Select(c => c.Markdown.TrimEnd())) + "\n", document);
    }

    /// <summary>The Markdown of one blank copy, without laying it out (for documents that include the sheet).</summary>
    public static string Markdown(WorksheetKind kind, ProductContext context) =>
        context.Templates.Render(kind.Template, Variables(kind, new WorksheetOptions(), context)(null, 0));

    /// <summary>The template variables of copy <c>i</c> (named or blank).</summary>
    internal static Func<string?, int, TemplateVariables> Variables(WorksheetKind kind, WorksheetOptions options, ProductContext context)
    {
        var library = context.Library;
        var evaluation = kind == WorksheetKinds.Evaluation ? EvaluationQuestions.Model(options.Method, context.Data) : null;
        var method = options.Method is null ? null : TemplateModel.Method(options.Method, context.Data);
        return (name, i) =>
        {
            var sheet = new TemplateObject("werkblad",
            [
                new("soort", kind.Id),
                new("naam", name ?? ""),
                new("exemplaar", i + 1),
                new("exemplaren", options.CopyNames.Count),
                new("methode", method),
                new("voorbeeld", options.Example),
            ]);
            return TemplateModel.Variables([.. library, ("werkblad", sheet), ("evaluatie", evaluation)]);
        };
    }

    /// <summary>The methods the warm-neutraal-koud text explains, by title: its sections are titled after them.</summary>
    private static HashSet<string> WarmNeutralColdMethods(Model.DataSet data) =>
        [.. data.FindText(WorksheetKinds.WarmNeutralColdText)?.Sections.Select(s => s.Title).OfType<string>() ?? []];

    /// <summary>The text of the first level-1 heading: the worksheet's title, as the template wrote it.</summary>
    private static string? TitleOf(Element content) =>
        DocumentComposer.Descendants(content).OfType<Heading>().FirstOrDefault(h => h.Level == 1)?.Title;
}
