using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Containers;

/// <summary>Turns one kind of <c>::: naam …</c> container into its own block type (still empty; its children follow).</summary>
internal interface IContainerParser : INamedSyntax
{
    ContainerBlock Create(ContainerContext context);
}
