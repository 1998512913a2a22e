using System.Globalization;
using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Contents;

internal sealed class ContentsParser : IDirectiveParser
{
    public const string Name = "inhoud";

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context)
    {
        if (context.Arguments.Length == 0)
        {
            return new ContentsBlock(context.Parser, 2);
        }

        return int.TryParse(context.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 4
            ? new ContentsBlock(context.Parser, level)
            : throw context.Fail("het niveau van de inhoudsopgave is 1, 2, 3 of 4");
    }
}
