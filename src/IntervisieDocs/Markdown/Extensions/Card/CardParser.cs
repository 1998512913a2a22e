using IntervisieDocs.Markdown.Extensions.Containers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Card;

internal sealed class CardParser : IContainerParser
{
    public const string Name = "kaart";

    public IReadOnlyList<string> Names => [Name];

    public ContainerBlock Create(ContainerContext context) =>
        new CardBlock(context.Parser, context.Arguments.Length > 0 ? context.Arguments : null);
}
