using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.KeepTogether;

/// <summary><c>::: bijelkaar</c> … <c>:::</c>: content that moves to the next page rather than split.</summary>
internal sealed class KeepTogetherBlock(BlockParser? parser) : ContainerBlock(parser);
