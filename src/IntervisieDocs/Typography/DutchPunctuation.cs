using System.Text;

namespace IntervisieDocs.Typography;

/// <summary>
/// Typographic punctuation, applied when text is set (the data keeps what the sources wrote): one
/// quote style (“…”, with ‘…’ inside it), the typographic apostrophe (dilemma’s, ’s avonds), an en
/// dash for number ranges (4–7, 13:30–15:00) and for a spaced hyphen, and a no-break space between a
/// number and its unit (5 min, 1 uur 20 min) and in "pagina 3 van 12". Every change replaces one
/// character by one, so a text keeps its length and styled runs keep their boundaries. The line breaker
/// never breaks at a no-break space and draws it as a plain space, so copied text reads normally.
/// </summary>
internal static class DutchPunctuation
{
    public const char NoBreakSpace = '\u00A0';
    private const char Apostrophe = '\u2019';
    private const char EnDash = '\u2013';

    private static readonly string[] Units =
    [
        "min", "minuut", "minuten", "uur", "uren", "sec", "seconde", "seconden", "kwartier", "mm", "cm", "pt", "%",
    ];

    /// <summary>Words that are followed by the number they name, so the two stay on one line.</summary>
    private static readonly string[] NumberWords = ["pagina", "van"];

    /// <summary>Dutch elisions written with an apostrophe at the start of a word: ’s, ’t, ’n.</summary>
    private static readonly string[] Elisions = ["s", "t", "n"];

    /// <summary>The text with typographic punctuation; the same length as <paramref name="s"/>.</summary>
    public static string Apply(string s)
    {
        var b = new StringBuilder(s);
        // Open quotes, innermost last: '"' or '\''; the outermost is printed double, the next single.
        var open = new List<char>();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var before = i > 0 ? s[i - 1] : ' ';
            var after = i + 1 < s.Length ? s[i + 1] : ' ';
            switch (c)
            {
                case '\'' when char.IsLetterOrDigit(before) && char.IsLetter(after):
                    b[i] = Apostrophe; // dilemma's, zo'n
                    break;
                case '\'' when IsOpening(before) && IsElision(s, i + 1):
                    b[i] = Apostrophe; // 's avonds, 't is
                    break;
                case '\'' or '"' when IsOpening(before) && !char.IsWhiteSpace(after):
                    b[i] = open.Count == 0 ? '\u201C' : '\u2018';
                    open.Add(c);
                    break;
                case '\'' or '"' when open.Count > 0 && open.Contains(c):
                    var depth = open.LastIndexOf(c);
                    open.RemoveRange(depth, open.Count - depth);
                    b[i] = depth == 0 ? '\u201D' : Apostrophe;
                    break;
                case '\'':
                    b[i] = Apostrophe; // Jans' boek, or a quote we cannot pair
                    break;
                case '"':
                    b[i] = char.IsWhiteSpace(before) ? '\u201C' : '\u201D';
                    break;
                case '-' when char.IsDigit(before) && char.IsDigit(after) && !IsInsideCode(s, i):
                    b[i] = EnDash; // 4-7, 13:30-15:00
                    break;
                case '-' when before == ' ' && (after == ' ' || i + 1 == s.Length):
                    b[i] = EnDash; // "interview - stap 2"
                    break;
                case ' ' when char.IsDigit(before) && StartsWithUnit(s, i + 1):
                case ' ' when char.IsDigit(after) && EndsWithNumberWord(s, i):
                    b[i] = NoBreakSpace;
                    break;
            }
        }

        return b.ToString();
    }

    private static bool IsOpening(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2013' or '\u2014' or '/' or '\u201C' or '\u2018';

    private static bool IsElision(string s, int at) =>
        Elisions.Any(e => string.CompareOrdinal(s, at, e, 0, e.Length) == 0 && (at + e.Length == s.Length || !char.IsLetter(s[at + e.Length])));

    /// <summary>A digit range inside a longer token such as a date, a phone number or an id keeps its hyphen.</summary>
    private static bool IsInsideCode(string s, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1]))
        {
            start--;
        }

        var end = i;
        while (end < s.Length && !char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        return s.AsSpan(start, end - start).Count('-') > 1;
    }

    private static bool StartsWithUnit(string s, int at) => Units.Any(u =>
        string.CompareOrdinal(s, at, u, 0, u.Length) == 0 && (at + u.Length == s.Length || !char.IsLetter(s[at + u.Length])));

    private static bool EndsWithNumberWord(string s, int end) => NumberWords.Any(w =>
        end >= w.Length && string.Compare(s, end - w.Length, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
        (end == w.Length || !char.IsLetter(s[end - w.Length - 1])));
}
