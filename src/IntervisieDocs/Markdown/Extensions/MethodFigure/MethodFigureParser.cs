using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.MethodFigure;

internal sealed class MethodFigureParser : IDirectiveParser
{
    public const string BandName = "kopband";
    public const string TimelineName = "tijdlijn";

    public IReadOnlyList<string> Names => [BandName, TimelineName];

    public Block Parse(DirectiveContext context)
    {
        var band = context.Name == BandName;
        var tokens = DirectiveArguments.Tokenize(context);
        var usage = band ? "[[kopband vissenkom]] of [[kopband vissenkom 2]] (het niveau van de kop)" : "[[tijdlijn vissenkom]]";
        if (tokens.Count == 0 || tokens[0].Quoted || tokens[0].Text.Length == 0)
        {
            throw context.Fail($"noem de methode met haar id, bijvoorbeeld {usage}");
        }

        var level = 1;
        if (tokens.Count > (band ? 2 : 1))
        {
            throw context.Fail($"te veel woorden; schrijf bijvoorbeeld {usage}");
        }

        if (tokens.Count == 2 && !(DirectiveArguments.TryPositiveInteger(tokens[1], out level) && level <= 4))
        {
            throw context.Fail($"\"{tokens[1].Text}\" is geen kopniveau; het niveau is 1 tot 4, bijvoorbeeld [[kopband vissenkom 2]]");
        }

        return new MethodFigureBlock(context.Parser, band, tokens[0].Text, level, context.Line, context.Source);
    }
}
