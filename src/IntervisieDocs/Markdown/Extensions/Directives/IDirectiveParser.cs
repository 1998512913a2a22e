using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>Turns the arguments of one kind of <c>[[naam …]]</c> line into its block, or fails with a Dutch reason.</summary>
internal interface IDirectiveParser : INamedSyntax
{
    Block Parse(DirectiveContext context);
}
