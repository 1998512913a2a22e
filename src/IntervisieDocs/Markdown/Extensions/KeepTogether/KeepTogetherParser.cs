using IntervisieDocs.Markdown.Extensions.Containers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.KeepTogether;

internal sealed class KeepTogetherParser : IContainerParser
{
    public const string Name = "bijelkaar";

    public IReadOnlyList<string> Names => [Name];

    public ContainerBlock Create(ContainerContext context) =>
        context.Arguments.Length > 0
            ? throw context.Fail("dit blok heeft geen argumenten")
            : new KeepTogetherBlock(context.Parser);
}
