using Markdig.Parsers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Frame;

/// <summary><c>::: kader Titel</c> or <c>::: kader-grijs Titel</c> … <c>:::</c>; the title is optional.</summary>
internal sealed class FrameBlock(BlockParser? parser, string? title, bool shaded) : ContainerBlock(parser)
{
    public string? Title { get; } = title;

    public bool Shaded { get; } = shaded;
}
