using System.CommandLine;
using IntervisieDocs.Output;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Cli;

/// <summary>What the generating verbs share: templates, output options, and writing files atomically.</summary>
internal static class Generator
{
    public static TemplateRenderer TemplatesOf(Workspace workspace) =>
        new(new TemplateSet(workspace.TemplatesDirectory, workspace.OverrideTemplates));

    /// <param name="needs">What the product uses of the data (default: all of it).</param>
    public static ProductContext ContextOf(CliContext context, ParseResult parse, out Workspace workspace, Loading.DataNeeds? needs = null)
    {
        workspace = context.Workspace(parse);
        Products.Warmup.Start(); // fonts, patterns and pipelines on the other core while the data loads
        return new ProductContext(DataAccess.Load(workspace, needs, context.Skip), TemplatesOf(workspace));
    }

    public static Option<string?> OutputOption() => new("--uitvoer", "-o")
    {
        Description = "Pad van het PDF-bestand (standaard: output/<naam>.pdf in de werkmap, anders <naam>.pdf hier)",
        HelpName = "PAD",
    };

    public static Option<bool> MarkdownOption() => new("--markdown")
    {
        Description = "Schrijf ook de Markdown die het sjabloon maakte, naast de PDF (zelfde naam, .md)",
    };

    /// <summary>
    /// Lays the product out and writes the PDF (and the Markdown if asked) in one
    /// <see cref="OutputTransaction"/>: either every file is replaced, or none. Then says how to print
    /// it (<paramref name="guidance"/> gets the page count).
    /// </summary>
    public static string Write(CliContext context, Workspace workspace, Product product, string? userPath, bool withMarkdown, Func<int, string> guidance, bool booklet = false)
    {
        var path = workspace.OutputPath(userPath, product.FileName + (booklet ? "-boekje" : "") + ".pdf", context.WorkingDirectory);
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserError($"-o: het uitvoerbestand moet op .pdf eindigen: {userPath}");
        }

        int pages;
        var bytes = booklet
            ? PdfRenderer.RenderBooklet(product.Document, Layout.PageSetup.A4Landscape, out pages)
            : PdfRenderer.Render(product.Document, out pages);
        var markdownPath = Path.ChangeExtension(path, ".md");
        using (var files = new OutputTransaction(p => DataAccess.DisplayPath(p, context.WorkingDirectory)))
        {
            files.Stage(path, bytes);
            if (withMarkdown)
            {
                files.StageText(markdownPath, product.Markdown);
            }

            files.Commit();
        }

        var shown = DataAccess.DisplayPath(path, context.WorkingDirectory);
        context.Say(booklet
            ? $"geschreven: {shown} ({pages / 2} A4-vellen, {pages} zijden)"
            : $"geschreven: {shown} ({pages} {(pages == 1 ? "pagina" : "pagina's")})");
        foreach (var note in product.Notes)
        {
            context.Say(note);
        }
        if (withMarkdown)
        {
            context.Say($"geschreven: {DataAccess.DisplayPath(markdownPath, context.WorkingDirectory)}");
        }

        context.Say(guidance(pages));

        return path;
    }
}
