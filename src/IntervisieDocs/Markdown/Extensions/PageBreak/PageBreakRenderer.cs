using IntervisieDocs.Markdown.Renderers;
using LayoutPageBreak = IntervisieDocs.Layout.PageBreak;

namespace IntervisieDocs.Markdown.Extensions.PageBreak;

internal sealed class PageBreakRenderer : LayoutObjectRenderer<PageBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, PageBreakBlock obj) => renderer.Add(new LayoutPageBreak());
}
