using Markdig.Renderers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>Base of every object renderer that turns one node type into layout elements or spans.</summary>
internal abstract class LayoutObjectRenderer<TObject> : MarkdownObjectRenderer<LayoutRenderer, TObject>
    where TObject : MarkdownObject;
