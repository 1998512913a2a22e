using IntervisieDocs.Layout;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

internal sealed class ThematicBreakRenderer : LayoutObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, ThematicBreakBlock obj) => renderer.Add(new HorizontalRule());
}
