using IntervisieDocs.Layout;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary><c>&gt; tekst</c>: a shaded box (gray, so it survives a black-and-white printer).</summary>
internal sealed class QuoteRenderer : LayoutObjectRenderer<QuoteBlock>
{
    protected override void Write(LayoutRenderer renderer, QuoteBlock obj) =>
        renderer.AddRunningText(new Box(renderer.RenderChildren(obj), renderer.Theme.Quote));
}
