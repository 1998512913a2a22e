using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Anchor names from heading text: lower case, diacritics stripped, spaces to '-', other
/// punctuation dropped. The project runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does not decompose "é", so Latin letters are folded by table.
/// </summary>
internal static class Slug
{
    public const string Fallback = "kop";

    private static readonly FrozenDictionary<char, string> Folded = Table(
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķ", "k"),
        ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("œ", "oe"), ("ŕŗř", "r"),
        ("śŝşš", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"),
        ("ýÿŷ", "y"), ("źżž", "z"));

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (Folded.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // A combining accent written separately: drop it, keep its letter.
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? Fallback : slug;
    }

    private static FrozenDictionary<char, string> Table(params (string Letters, string Plain)[] groups) =>
        groups.SelectMany(g => g.Letters.Select(c => (c, g.Plain))).ToFrozenDictionary(p => p.c, p => p.Plain);
}
