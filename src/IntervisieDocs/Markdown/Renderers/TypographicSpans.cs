using IntervisieDocs.Layout;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>Typographic punctuation over the spans of one block, quotes paired across span boundaries.</summary>
internal static class TypographicSpans
{
    public static IReadOnlyList<Span> Apply(IReadOnlyList<Span> spans)
    {
        var all = string.Concat(spans.Select(s => s.Text));
        var text = DutchPunctuation.Apply(all);
        if (text == all)
        {
            return spans;
        }

        // One character for one: every span keeps its length.
        var result = new List<Span>(spans.Count);
        var at = 0;
        foreach (var span in spans)
        {
            result.Add(span with { Text = text.Substring(at, span.Text.Length) });
            at += span.Text.Length;
        }

        return result;
    }
}
