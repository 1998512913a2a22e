using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown.Extensions.Contents;

/// <summary>The headings of the whole document with their real page numbers; each line links to its page.</summary>
internal sealed class ContentsRenderer : LayoutObjectRenderer<ContentsBlock>
{
    protected override void Write(LayoutRenderer renderer, ContentsBlock obj) =>
        renderer.Add(new TableOfContents(renderer.Theme.Body, obj.MaxLevel));
}
