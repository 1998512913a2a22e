using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Templating;

/// <summary>
/// Takes a Markdown text field of the data apart, so that a form can put writing space between its
/// parts: the paragraphs (as Markdown) and the items of its lists (as literal text).
/// </summary>
internal static partial class MarkdownText
{
    // Plain CommonMark: data texts use only paragraphs, emphasis and lists (methods/README.md).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>
    /// A Markdown field of the data with our print syntax made literal, its Markdown kept: a
    /// <c>[[directive]]</c> and a <c>:::</c> container fence print as themselves (backslash escapes),
    /// so that a description can neither break a page nor open a frame or a table.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(markdown))]
    public static string? Safe(string? markdown) =>
        markdown is null ? null : Fence().Replace(markdown.Replace("[[", "\\[\\[", StringComparison.Ordinal), "$1\\$2");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^([ \t]*)(:{3,})")]
    private static partial System.Text.RegularExpressions.Regex Fence();

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
