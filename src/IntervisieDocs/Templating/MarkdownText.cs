using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Templating;

/// <summary>
/// Takes a Markdown text field of the data apart, so that a form can put writing space between its
/// parts: the paragraphs (as Markdown) and the items of its lists (as literal text).
/// </summary>
internal static class MarkdownText
{
    // Plain CommonMark: data texts use only paragraphs, emphasis and lists (methods/README.md).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The blocks that are not lists, each as its Markdown source.</summary>
    public static IReadOnlyList<string> Paragraphs(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return [.. document
            .Where(b => b is not ListBlock && b.Span.Length > 0)
            .Select(b => markdown.Substring(b.Span.Start, b.Span.Length).Trim())
            .Where(s => s.Length > 0)];
    }

    /// <summary>The items of the top-level lists, each as literal text on one line.</summary>
    public static IReadOnlyList<string> ListItems(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return [.. document.OfType<ListBlock>()
            .SelectMany(list => list.OfType<ListItemBlock>())
            .Select(item => string.Join(' ', item.OfType<ParagraphBlock>().Select(p => Literal(p.Inline))).Trim())
            .Where(s => s.Length > 0)];
    }

    private static string Literal(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded);
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
