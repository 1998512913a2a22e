using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.AnswerBox;

/// <summary><c>[[antwoordvak 40mm]]</c> or <c>[[antwoordvak 40mm "Wat is de situatie?"]]</c>.</summary>
internal sealed class AnswerBoxBlock(BlockParser parser, double heightMm, string? label) : LeafBlock(parser)
{
    public double HeightMm { get; } = heightMm;

    public string? Label { get; } = label;
}
