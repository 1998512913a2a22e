using System.Text;
using System.Text.RegularExpressions;
using IntervisieDocs.Model;
using Markdig;
using Markdig.Syntax;

namespace IntervisieDocs.Templating;

/// <summary>
/// What a role does in a step, in the data's own words: the sentences of the step's description
/// that name the role ("De inbrenger vertelt …"). A paragraph is split into sentences at ". ", "! "
/// and "? " before a capital (not after an abbreviation such as "bijv." or "o.a."); a list item is
/// one unit; a sentence that a list follows or completes (ending in ":" or in no stop) keeps that list. Sentences are printed word for
/// word; "…" stands where a paragraph's sentences in between are left out.
/// </summary>
internal static partial class RoleSentences
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Words ending in a full stop that do not end a sentence (lower case, with the stop).</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bijv.", "bv.", "bijvoorbeeld.", "o.a.", "d.w.z.", "e.d.", "enz.", "etc.", "m.a.w.", "i.p.v.", "evt.", "ca.", "c.q.",
        "nl.", "t.a.v.", "m.b.t.", "t.o.v.", "i.v.m.", "n.a.v.", "a.d.h.v.", "o.b.v.", "resp.", "incl.", "excl.", "max.",
        "min.", "blz.", "zgn.", "m.n.", "e.a.", "vs.", "dhr.", "mevr.", "dr.", "drs.", "ir.", "prof.", "mr.", "nr.", "z.s.m.",
    };

    /// <summary>
    /// The words that name <paramref name="role"/> in a text, lower case: its name (and, for "Reflecting
    /// team (teamleden)", both parts; for "Leden van de groep" also "leden"), its id, and their singular and plural (inbrenger/inbrengers,
    /// groepslid/groepsleden, collega/collega's); gespreksleider and gesprekleider are one word.
    /// </summary>
    public static IReadOnlyList<string> Forms(Role role)
    {
        var bases = new List<string>();
        var name = Apostrophes(role.Name.ToLowerInvariant());
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && name.EndsWith(')'))
        {
            bases.Add(name[..open].Trim());
            bases.Add(name[(open + 1)..^1].Trim());
        }
        else
        {
            bases.Add(name.Trim());
        }

        // "Collega’s in de intervisiegroep", "Leden van de groep": also the head word alone.
        var words = bases[^1].Split(' ');
        if (words.Length > 2 && words[1] is "in" or "van" or "uit" or "op")
        {
            bases.Add(words[0]);
        }

        bases.Add(role.Id.Replace('-', ' ').ToLowerInvariant());
        var forms = new List<string>();
        foreach (var word in bases.Where(b => b.Length > 0))
        {
            forms.Add(word);
            if (word.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (word.EndsWith("leden", StringComparison.Ordinal))
            {
                forms.Add(word[..^5] + "lid");
            }
            else if (word.EndsWith("lid", StringComparison.Ordinal))
            {
                forms.Add(word[..^3] + "leden");
            }
            else if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                forms.Add(word[..^2]);
            }
            else if (word.EndsWith('s'))
            {
                forms.Add(word[..^1]);
            }
            else
            {
                forms.AddRange([word + "s", word + "en", word + "'s"]);
            }
        }

        foreach (var form in forms.ToList())
        {
            if (form.Contains("gespreksleider", StringComparison.Ordinal))
            {
                forms.Add(form.Replace("gespreksleider", "gesprekleider", StringComparison.Ordinal));
            }
            else if (form.Contains("gesprekleider", StringComparison.Ordinal))
            {
                forms.Add(form.Replace("gesprekleider", "gespreksleider", StringComparison.Ordinal));
            }
        }

        return [.. forms.Distinct()];
    }

    /// <summary>Whether <paramref name="text"/> names the role by one of <paramref name="forms"/>, as a whole word, in any case.</summary>
    public static bool Names(string text, IReadOnlyList<string> forms)
    {
        var plain = Apostrophes(text.ToLowerInvariant());
        foreach (var form in forms)
        {
            for (var at = plain.IndexOf(form, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                if ((at == 0 || !char.IsLetterOrDigit(plain[at - 1])) && (end == plain.Length || !char.IsLetterOrDigit(plain[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sentences of <paramref name="paragraph"/> (one block's Markdown, line breaks as spaces), word for word.</summary>
    public static IReadOnlyList<string> Sentences(string paragraph)
    {
        var text = Whitespace().Replace(paragraph, " ").Trim();
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Closing quotes, brackets and emphasis belong to the sentence: ?" or .) or .*
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or '*' or '_')
            {
                end++;
            }

            if (end >= text.Length || text[end] != ' ' || !StartsSentence(text, end + 1) || (text[i] == '.' && IsAbbreviation(text, start, i)))
            {
                continue;
            }

            sentences.Add(text[start..end]);
            start = end + 1;
            i = end;
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }

    private static bool StartsSentence(string text, int at)
    {
        while (at < text.Length && text[at] is '"' or '\'' or '“' or '‘' or '(' or '*' or '_')
        {
            at++;
        }

        return at < text.Length && (char.IsUpper(text[at]) || char.IsDigit(text[at]));
    }

    /// <summary>Whether the word ending at the stop <paramref name="stop"/> is an abbreviation ("bijv.", "o.a.", a single letter).</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int stop)
    {
        var from = stop;
        while (from > sentenceStart && text[from - 1] != ' ' && text[from - 1] != '(')
        {
            from--;
        }

        var word = text[from..(stop + 1)];
        var letters = word.Count(char.IsLetter);
        return Abbreviations.Contains(word) || letters == 1 || (word.Length > 2 && word[..^1].Contains('.', StringComparison.Ordinal) && !word.Contains("..", StringComparison.Ordinal));
    }

    /// <summary>
    /// The part of <paramref name="description"/> (Markdown) that names the role: its sentences and
    /// list items that do, as Markdown; "" when none does.
    /// </summary>
    public static string Excerpt(string? description, IReadOnlyList<string> forms)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(description, Pipeline);
        var blocks = document.Where(b => b.Span.Length > 0).ToList();
        var parts = new List<string>();
        var listTaken = -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b] is ListBlock list)
            {
                if (b == listTaken)
                {
                    parts.Add(Source(description, list));
                    continue;
                }

                var items = list.OfType<ListItemBlock>().Select(item => Source(description, item)).Where(item => Names(item, forms)).ToList();
                if (items.Count > 0)
                {
                    parts.Add(string.Join("\n", items));
                }

                continue;
            }

            var sentences = Sentences(Source(description, blocks[b]));
            var chosen = Enumerable.Range(0, sentences.Count).Where(i => Names(sentences[i], forms)).ToList();
            if (chosen.Count == 0)
            {
                continue;
            }

            var paragraph = new StringBuilder();
            for (var c = 0; c < chosen.Count; c++)
            {
                if (c > 0)
                {
                    paragraph.Append(chosen[c] == chosen[c - 1] + 1 ? " " : " … ");
                }

                paragraph.Append(sentences[chosen[c]]);
            }

            // A sentence that introduces a list ("… vertelt kort over zijn werkwijze:") or that the
            // list completes ("Inbrenger geeft aan wat" – "hem/haar raakt …") keeps it.
            if (chosen[^1] == sentences.Count - 1 && !sentences[^1].TrimEnd('*', '_', '"', ')').EndsWith('.') && !sentences[^1].EndsWith('!') && !sentences[^1].EndsWith('?')
                && b + 1 < blocks.Count && blocks[b + 1] is ListBlock)
            {
                listTaken = b + 1;
            }

            parts.Add(paragraph.ToString());
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// Whether a note on a description (<paramref name="note"/>) goes with the excerpt taken from it:
    /// a note that quotes the source ('Zo pak ik het aan') goes with the excerpt that holds a quoted
    /// part; one about "de laatste zin" with the excerpt that ends where the description ends; any
    /// other note concerns the whole description and so every excerpt of it.
    /// </summary>
    public static bool NoteConcerns(string note, string excerpt, string description)
    {
        var quotes = Quoted().Matches(note).Select(m => m.Groups[1].Value).ToList();
        if (quotes.Count > 0)
        {
            return quotes.Any(q => excerpt.Contains(q, StringComparison.Ordinal));
        }

        if (note.Contains("laatste zin", StringComparison.OrdinalIgnoreCase))
        {
            var last = Sentences(description.Trim().Split("\n\n").Last()).LastOrDefault() ?? "";
            return Whitespace().Replace(excerpt, " ").TrimEnd().EndsWith(last, StringComparison.Ordinal);
        }

        return true;
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();

    private static string Source(string markdown, Block block) => markdown.Substring(block.Span.Start, block.Span.Length).Trim();

    private static string Apostrophes(string text) => text.Replace('’', '\'').Replace('´', '\'').Replace('‘', '\'');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
