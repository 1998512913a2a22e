using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.PageBreak;

/// <summary><c>[[nieuwe-pagina]]</c>.</summary>
internal sealed class PageBreakBlock(BlockParser parser) : LeafBlock(parser);
