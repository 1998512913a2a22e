using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>Template → Markdown → elements, with errors that name the template.</summary>
internal static class MarkdownProducts
{
    /// <param name="methodFigures">The methods for <c>[[kopband]]</c> and <c>[[tijdlijn]]</c>, when the product places them.</param>
    public static (string Markdown, Element Content) Render(TemplateRenderer templates, string template, TemplateVariables variables, PrintTheme theme, IMethodFigures? methodFigures = null)
    {
        var markdown = templates.Render(template, variables);
        return (markdown, Layout(template, markdown, theme, methodFigures));
    }

    /// <summary>Markdown that <paramref name="template"/> produced, as elements; a print-syntax error names the template.</summary>
    public static Element Layout(string template, string markdown, PrintTheme theme, IMethodFigures? methodFigures = null)
    {
        try
        {
            return MarkdownLayout.Render(markdown, theme, methodFigures);
        }
        catch (MarkdownPrintException e)
        {
            throw new TemplateException($"{template}{TemplateSet.Extension} gaf Markdown met een fout: {e.Message} (bekijk de Markdown met --markdown)", e);
        }
    }
}
