using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Checkbox;

internal sealed class CheckboxParser : IDirectiveParser
{
    public const string Name = "vakje";

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context)
    {
        var tokens = DirectiveArguments.Tokenize(context);
        if (tokens.Count == 0)
        {
            return new CheckboxBlock(context.Parser, ""); // a bare square, e.g. a draaiboek's tick column
        }

        if (tokens.Count != 1 || !tokens[0].Quoted)
        {
            throw context.Fail("de tekst moet tussen aanhalingstekens staan, bijvoorbeeld [[vakje \"tekst\"]]");
        }

        var label = tokens[0].Text.Trim();
        return label.Length == 0
            ? throw context.Fail("de tekst bij het vakje is leeg (een vakje zonder tekst is [[vakje]])")
            : new CheckboxBlock(context.Parser, label);
    }
}
