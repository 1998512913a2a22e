using IntervisieDocs.Layout;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Indented and fenced code: the literal text in a shaded box. No monospace face is embedded, so
/// leading spaces become no-break spaces to keep the indentation the line breaker would collapse.
/// </summary>
internal sealed class CodeBlockRenderer : LayoutObjectRenderer<CodeBlock>
{
    protected override void Write(LayoutRenderer renderer, CodeBlock obj)
    {
        var lines = obj.Lines.Lines.Take(obj.Lines.Count).Select(l => KeepIndent(l.Slice.ToString()));
        var text = string.Join('\n', lines).TrimEnd('\n');
        var paragraph = new Paragraph([new Span(text, renderer.Theme.Body)], TextAlignment.Left, renderer.Theme.LineHeight);
        renderer.Add(new Box(paragraph, renderer.Theme.Code));
    }

    private static string KeepIndent(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        return new string('\u00A0', indent) + line[indent..];
    }
}
