using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>Template → Markdown → elements, with errors that name the template.</summary>
internal static class MarkdownProducts
{
    public static (string Markdown, Element Content) Render(TemplateRenderer templates, string template, DotLiquid.Hash variables, PrintTheme theme)
    {
        var markdown = templates.Render(template, variables);
        try
        {
            return (markdown, MarkdownLayout.Render(markdown, theme));
        }
        catch (MarkdownPrintException e)
        {
            throw new TemplateException($"{template}{TemplateSet.Extension} gaf Markdown met een fout: {e.Message} (bekijk de Markdown met --markdown)", e);
        }
    }
}
