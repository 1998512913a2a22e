using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.AnswerBox;

internal sealed class AnswerBoxParser : IDirectiveParser
{
    public const string Name = "antwoordvak";

    /// <summary>Taller than an A4 body never fits; the layout would fail later with a vaguer message.</summary>
    private const double MaxHeightMm = 250;

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context)
    {
        var tokens = DirectiveArguments.Tokenize(context);
        if (tokens.Count == 0)
        {
            throw context.Fail("de hoogte ontbreekt, bijvoorbeeld [[antwoordvak 40mm]]");
        }

        if (!DirectiveArguments.TryMillimetres(tokens[0], out var height))
        {
            throw context.Fail("hoogte moet een maat in mm zijn, bijvoorbeeld 40mm");
        }

        if (height > MaxHeightMm)
        {
            throw context.Fail($"hoogte mag hoogstens {MaxHeightMm:0} mm zijn");
        }

        if (tokens.Count > 2 || (tokens.Count == 2 && !tokens[1].Quoted))
        {
            throw context.Fail("het label moet tussen aanhalingstekens staan, bijvoorbeeld [[antwoordvak 40mm \"Wat is de situatie?\"]]");
        }

        var label = tokens.Count == 2 ? tokens[1].Text.Trim() : null;
        return new AnswerBoxBlock(context.Parser, height, string.IsNullOrEmpty(label) ? null : label);
    }
}
