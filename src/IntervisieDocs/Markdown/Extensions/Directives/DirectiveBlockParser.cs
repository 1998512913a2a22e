using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>
/// Recognises a line that starts with <c>[[</c> as a print directive and hands its arguments to
/// the parser registered for its name. Such a line is never plain text: a malformed or unknown
/// directive is an error naming the line, not a stray "[[…]]" on a printed form.
/// </summary>
internal sealed class DirectiveBlockParser : BlockParser
{
    private readonly SyntaxRegistry<IDirectiveParser> _registry;

    public DirectiveBlockParser(SyntaxRegistry<IDirectiveParser> registry)
    {
        _registry = registry;
        OpeningCharacters = ['['];
    }

    public override void Initialize()
    {
        base.Initialize();
        _ = _registry.Entries; // Building the pipeline freezes the set of directives.
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.PeekChar(1) != '[')
        {
            return BlockState.None;
        }

        var slice = processor.Line;
        var source = slice.ToString().Trim();
        var line = processor.LineIndex + 1;
        var match = DirectiveSyntax.Match(source)
            ?? throw new MarkdownPrintException(line, source, "een opdracht staat alleen op een regel en eindigt met ]]");
        if (!_registry.Entries.TryGetValue(match.Name, out var parser))
        {
            throw new MarkdownPrintException(line, source, $"onbekende opdracht; bekend zijn: {_registry.KnownNames}");
        }

        var block = parser.Parse(new DirectiveContext(this, line, source, match.Name, match.Arguments));
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(slice.Start, slice.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }
}
