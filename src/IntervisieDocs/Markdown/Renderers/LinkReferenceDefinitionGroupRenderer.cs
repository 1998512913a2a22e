using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary><c>[naam]: url</c> definitions only feed links; they print nothing themselves.</summary>
internal sealed class LinkReferenceDefinitionGroupRenderer : LayoutObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(LayoutRenderer renderer, LinkReferenceDefinitionGroup obj)
    {
    }
}
