using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Gives every heading of one document a unique anchor: the one written as <c>{#anker}</c>, or a
/// slug of its text (deduplicated with -2, -3, …). Written anchors are reserved up front, so a
/// slug never takes the name of an anchor that a later heading asks for.
/// </summary>
internal sealed class AnchorRegistry
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public void Reserve(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes()?.Id is { Length: > 0 } id && !_written.Add(id))
            {
                throw new MarkdownPrintException(heading.Line + 1, "{#" + id + "}", "dit anker staat al bij een eerdere kop");
            }
        }
    }

    public string For(string? writtenAnchor, string text)
    {
        if (!string.IsNullOrEmpty(writtenAnchor))
        {
            _used.Add(writtenAnchor);
            return writtenAnchor;
        }

        var slug = Slug.From(text);
        var candidate = slug;
        for (var n = 2; _used.Contains(candidate) || _written.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        _used.Add(candidate);
        return candidate;
    }
}
