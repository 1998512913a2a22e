using IntervisieDocs.Markdown.Extensions.Containers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Frame;

internal sealed class FrameParser : IContainerParser
{
    public const string Name = "kader";
    public const string ShadedName = "kader-grijs";

    public IReadOnlyList<string> Names => [Name, ShadedName];

    public ContainerBlock Create(ContainerContext context) =>
        new FrameBlock(context.Parser, context.Arguments.Length > 0 ? context.Arguments : null, context.Name == ShadedName);
}
