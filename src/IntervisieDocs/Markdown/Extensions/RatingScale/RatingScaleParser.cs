using System.Globalization;
using System.Text.RegularExpressions;
using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.RatingScale;

internal sealed partial class RatingScaleParser : IDirectiveParser
{
    public const string Name = "schaal";

    /// <summary>More options no longer fit side by side on an A5 page.</summary>
    private const int MaxOptions = 7;

    public IReadOnlyList<string> Names => [Name];

    /// <summary>A numbered scale has 2 to 10 numbers (1-5, 0-10 has 11: too many to tick at a glance).</summary>
    private const int MaxNumbers = 10;

    [GeneratedRegex(@"^(\d+)\s*[-–]\s*(\d+)(\s|$)")]
    private static partial Regex NumberRange();

    public Block Parse(DirectiveContext context)
    {
        if (NumberRange().Match(context.Arguments) is { Success: true } range)
        {
            return Numbered(context, range);
        }

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

    private static RatingScaleBlock Numbered(DirectiveContext context, Match range)
    {
        var from = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
        if (to <= from || to - from + 1 > MaxNumbers)
        {
            throw context.Fail($"een schaal telt van een klein naar een groter getal, met hoogstens {MaxNumbers} getallen, bijvoorbeeld [[schaal 1-5 \"weinig\" \"veel\"]]");
        }

        var labels = DirectiveArguments.Tokenize(context with { Arguments = context.Arguments[range.Length..].Trim() }).ToList();
        if (labels.Count is not (0 or 2) || labels.Any(l => !l.Quoted || l.Text.Trim().Length == 0))
        {
            throw context.Fail("een getallenschaal noemt geen of beide uiteinden, tussen aanhalingstekens, bijvoorbeeld [[schaal 1-5 \"weinig\" \"veel\"]]");
        }

        return new RatingScaleBlock(context.Parser, [])
        {
            Numbers = (from, to),
            Ends = labels.Count == 2 ? (labels[0].Text.Trim(), labels[1].Text.Trim()) : null,
        };
    }
}
