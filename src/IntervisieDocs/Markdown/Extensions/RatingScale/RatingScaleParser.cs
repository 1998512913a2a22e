using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.RatingScale;

internal sealed class RatingScaleParser : IDirectiveParser
{
    public const string Name = "schaal";

    /// <summary>More options no longer fit side by side on an A5 page.</summary>
    private const int MaxOptions = 7;

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context)
    {
        var options = DirectiveArguments.SplitOnBars(context.Arguments);
        if (options.Count < 2)
        {
            throw context.Fail("een schaal heeft minstens twee keuzes, gescheiden door |, bijvoorbeeld [[schaal warm | neutraal | koud]]");
        }

        if (options.Count > MaxOptions)
        {
            throw context.Fail($"een schaal heeft hoogstens {MaxOptions} keuzes");
        }

        return options.Any(o => o.Length == 0)
            ? throw context.Fail("een keuze is leeg (twee | achter elkaar, of | aan het begin of eind)")
            : new RatingScaleBlock(context.Parser, options);
    }
}
