using Markdig;

namespace IntervisieDocs.Loading;

/// <summary>
/// Texts in the data may be Markdown (paragraphs, emphasis, lists). Markdown nested deeper than any
/// sheet of paper can show (citations in citations, lists in lists, brackets in brackets) is refused
/// at the field, where the user wrote it, instead of failing later in the layout with Markdig's English.
/// </summary>
internal static class TextNesting
{
    /// <summary>The deepest nesting of quotes and lists a text may have; our data uses at most 2.</summary>
    public const int MaxDepth = 8;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>A Dutch description of what is wrong, with the 0-based line within the text; null when the text is fine.</summary>
    public static (int Line, string Message)? Problem(string text)
    {
        if (text.Length < 2 * MaxDepth || !text.AsSpan().ContainsAny(">-*+[(`_<0123456789"))
        {
            return null;
        }

        var lines = text.Split('\n');
        var open = new Stack<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            // Lists nest across lines by indentation: each marker further in than the open ones is a level deeper.
            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            var markers = Depth(lines[i]);
            if (markers > 0)
            {
                while (open.Count > 0 && open.Peek() >= indent)
                {
                    open.Pop();
                }

                open.Push(indent);
            }

            if (markers + Math.Max(open.Count - 1, 0) > MaxDepth)
            {
                return (i, $"de tekst is te diep genest (citaten '>' of lijsten in elkaar, meer dan {MaxDepth} niveaus); schrijf hem eenvoudiger");
            }
        }

        try
        {
            Markdig.Markdown.Parse(text, Pipeline);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            return (0, "de tekst is als Markdown niet te lezen (te diep geneste haakjes, nadruk of citaten); schrijf hem eenvoudiger");
        }
    }

    /// <summary>How many quote markers and list markers open the line, one after the other.</summary>
    private static int Depth(string line)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] is ' ' or '\t')
            {
                i += 2;
            }
            else
            {
                var digits = i;
                while (digits < line.Length && char.IsAsciiDigit(line[digits]))
                {
                    digits++;
                }

                if (digits == i || digits + 1 >= line.Length || line[digits] is not ('.' or ')') || line[digits + 1] is not (' ' or '\t'))
                {
                    return depth;
                }

                i = digits + 2;
            }

            depth++;
        }
    }
}
