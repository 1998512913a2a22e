using IntervisieDocs.Typography;

namespace IntervisieDocs.Layout;

/// <summary>
/// Splits every word that is not Dutch (<see cref="ForeignWords"/>) off into a span of its own in its
/// language: the tagged PDF marks it with <c>/Lang</c>, and the Dutch patterns leave it alone.
/// </summary>
internal static class LanguageSpans
{
    /// <summary>The spans with each foreign word in a span of its own; spans already in a language, and text without such a word, stay as they are.</summary>
    public static IReadOnlyList<Span> Mark(IReadOnlyList<Span> spans, ForeignWords words)
    {
        List<Span>? result = null;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var marked = span.Style.Language is null ? Split(span, words) : null;
            if (marked is null)
            {
                result?.Add(span);
                continue;
            }

            result ??= [.. spans.Take(s)];
            result.AddRange(marked);
        }

        return result ?? spans;
    }

    public static IReadOnlyList<Span> Mark(IReadOnlyList<Span> spans) => Mark(spans, ForeignWords.Instance);

    /// <summary>The span cut at its foreign words, or null when it has none.</summary>
    private static List<Span>? Split(Span span, ForeignWords words)
    {
        List<Span>? parts = null;
        var done = 0;
        foreach (var (start, length, language) in words.Find(span.Text))
        {
            parts ??= [];
            if (start > done)
            {
                parts.Add(span with { Text = span.Text[done..start] });
            }

            parts.Add(new Span(span.Text.Substring(start, length), span.Style with { Language = language }));
            done = start + length;
        }

        if (parts is not null && done < span.Text.Length)
        {
            parts.Add(span with { Text = span.Text[done..] });
        }

        return parts;
    }
}
