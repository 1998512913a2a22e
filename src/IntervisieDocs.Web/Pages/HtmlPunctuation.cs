using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Web.Pages;

/// <summary>
/// The paper's typographic punctuation (<see cref="DutchPunctuation"/>) for a page's text: quotes,
/// apostrophes, dashes and no-break spaces, as the PDFs print them. Only text between tags changes —
/// never a tag or an attribute, and never what a user types or copies (textarea, pre, code) or a
/// script or style. The text of a run of elements is set as one text, so a quote opened before an
/// element and closed inside it pairs up.
/// </summary>
internal static partial class HtmlPunctuation
{
    [GeneratedRegex(@"<!--.*?-->|<(textarea|pre|code|script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    public static string Apply(string html)
    {
        // Alternate text and markup; the texts decoded, so an entity counts as the one character it is.
        var texts = new List<string>();
        var markup = new List<string>();
        var at = 0;
        foreach (Match m in Markup().Matches(html))
        {
            texts.Add(WebUtility.HtmlDecode(html[at..m.Index]));
            markup.Add(m.Value);
            at = m.Index + m.Length;
        }

        texts.Add(WebUtility.HtmlDecode(html[at..]));

        // DutchPunctuation keeps the length, so the joined text cuts back into the same pieces.
        var set = DutchPunctuation.Apply(string.Concat(texts));
        var result = new StringBuilder(html.Length + 64);
        var offset = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            Encode(result, set.AsSpan(offset, texts[i].Length));
            offset += texts[i].Length;
            if (i < markup.Count)
            {
                result.Append(markup[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Text content needs only &amp;, &lt; and &gt; escaped; every other character stays as it is (UTF-8 page).</summary>
    private static void Encode(StringBuilder to, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => to.Append("&amp;"),
                '<' => to.Append("&lt;"),
                '>' => to.Append("&gt;"),
                _ => to.Append(c),
            };
        }
    }
}
