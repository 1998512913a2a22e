using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.WritingLines;

internal sealed class WritingLinesParser : IDirectiveParser
{
    public const string Name = "schrijfregels";

    /// <summary>Closer than this a pen cannot use the lines; wider is surely a typo (9 mm → 90mm).</summary>
    private const double MinSpacingMm = 4;
    private const double MaxSpacingMm = 25;

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context)
    {
        var tokens = DirectiveArguments.Tokenize(context);
        if (tokens.Count == 0)
        {
            throw context.Fail("het aantal regels ontbreekt, bijvoorbeeld [[schrijfregels 5]]");
        }

        if (tokens.Count > 2)
        {
            throw context.Fail("te veel argumenten; schrijf [[schrijfregels aantal]] of [[schrijfregels aantal afstand]], bijvoorbeeld [[schrijfregels 5 9mm]]");
        }

        // "5+": at least five lines, and as many more as the page has room for.
        var grows = !tokens[0].Quoted && tokens[0].Text.EndsWith('+');
        var number = grows ? tokens[0] with { Text = tokens[0].Text[..^1] } : tokens[0];
        if (!DirectiveArguments.TryPositiveInteger(number, out var count))
        {
            throw context.Fail("aantal regels moet een positief geheel getal zijn");
        }

        double? spacing = null;
        if (tokens.Count == 2)
        {
            if (!DirectiveArguments.TryMillimetres(tokens[1], out var mm))
            {
                throw context.Fail("regelafstand moet een maat in mm zijn, bijvoorbeeld 9mm");
            }

            if (mm is < MinSpacingMm or > MaxSpacingMm)
            {
                throw context.Fail($"regelafstand moet tussen {MinSpacingMm:0} en {MaxSpacingMm:0} mm liggen");
            }

            spacing = mm;
        }

        return new WritingLinesBlock(context.Parser, count, spacing, grows);
    }
}
