using Markdig.Helpers;
using Markdig.Parsers;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>
/// A known directive inside running text (or a table cell) would print as literal "[[…]]"; it is
/// almost certainly a template mistake, so it is reported. Unknown <c>[[…]]</c> text is left alone.
/// </summary>
internal sealed class DirectiveInlineGuard : InlineParser
{
    private readonly SyntaxRegistry<IDirectiveParser> _registry;

    public DirectiveInlineGuard(SyntaxRegistry<IDirectiveParser> registry)
    {
        _registry = registry;
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var end = slice.Start + 2;
        while (end <= slice.End && DirectiveSyntax.IsNameChar(text[end]))
        {
            end++;
        }

        var name = text[(slice.Start + 2)..end];
        if (name.Length == 0 || !_registry.Entries.ContainsKey(name) || (end <= slice.End && text[end] is not (' ' or ']')))
        {
            return false;
        }

        var close = text.IndexOf("]]", end, StringComparison.Ordinal);
        var source = close < 0 || close > slice.End ? text[slice.Start..(slice.End + 1)] : text[slice.Start..(close + 2)];
        processor.GetSourcePosition(slice.Start, out var line, out _);
        throw new MarkdownPrintException(line + 1, source, "een opdracht moet op een eigen regel staan");
    }
}
