using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Figure;

internal sealed class FigureParser : IDirectiveParser
{
    public const string Name = "figuur";

    /// <summary>More words than this do not fit side by side in an A5 column.</summary>
    public const int MaxWords = 5;

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context)
    {
        var tokens = DirectiveArguments.Tokenize(context);
        if (tokens.Any(t => !t.Quoted))
        {
            throw context.Fail("elk woord moet tussen aanhalingstekens staan, bijvoorbeeld [[figuur \"SITUATIE\" \"Moeilijkheden\" \"Mogelijkheden\"]]");
        }

        var words = tokens.Select(t => t.Text.Trim()).ToList();
        if (words.Count < 2 || words.Count > MaxWords)
        {
            throw context.Fail($"een figuur heeft 2 tot {MaxWords} woorden: één bovenaan en de andere eronder");
        }

        if (words.Any(w => w.Length == 0))
        {
            throw context.Fail("een woord van de figuur is leeg");
        }

        return new FigureBlock(context.Parser, words);
    }
}
