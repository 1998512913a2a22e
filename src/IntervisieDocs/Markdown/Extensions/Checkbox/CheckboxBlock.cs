using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Checkbox;

/// <summary><c>[[vakje "tekst"]]</c>: one checkbox outside a list.</summary>
internal sealed class CheckboxBlock(BlockParser parser, string label) : LeafBlock(parser)
{
    public string Label { get; } = label;
}
