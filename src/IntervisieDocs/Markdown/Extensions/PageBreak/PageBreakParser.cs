using IntervisieDocs.Markdown.Extensions.Directives;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.PageBreak;

internal sealed class PageBreakParser : IDirectiveParser
{
    public const string Name = "nieuwe-pagina";

    public IReadOnlyList<string> Names => [Name];

    public Block Parse(DirectiveContext context) =>
        context.Arguments.Length > 0
            ? throw context.Fail("deze opdracht heeft geen argumenten")
            : new PageBreakBlock(context.Parser);
}
