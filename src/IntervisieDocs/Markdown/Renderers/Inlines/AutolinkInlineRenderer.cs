using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;naam@voorbeeld.nl&gt;</c>: the address itself.</summary>
internal sealed class AutolinkInlineRenderer : LayoutObjectRenderer<AutolinkInline>
{
    protected override void Write(LayoutRenderer renderer, AutolinkInline obj) => renderer.Spans.Append(obj.Url);
}
