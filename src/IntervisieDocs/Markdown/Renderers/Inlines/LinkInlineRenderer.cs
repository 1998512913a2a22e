using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary>
/// Paper cannot be clicked: a link shows its text, and an external link its address after it,
/// "tekst (https://…)". A link within the document (<c>#anker</c>) shows only its text.
/// </summary>
internal sealed class LinkInlineRenderer : LayoutObjectRenderer<LinkInline>
{
    private const string MailTo = "mailto:";

    protected override void Write(LayoutRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage)
        {
            throw new MarkdownPrintException(obj.Line + 1, $"![…]({obj.Url})", "afbeeldingen worden nog niet ondersteund");
        }

        var before = renderer.Spans.Length;
        renderer.WriteChildren(obj);
        var url = obj.Url ?? "";
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return;
        }

        var shown = url.StartsWith(MailTo, StringComparison.OrdinalIgnoreCase) ? url[MailTo.Length..] : url;
        if (renderer.Spans.TextSince(before) != shown)
        {
            renderer.Spans.Append($" ({shown})");
        }
    }
}
