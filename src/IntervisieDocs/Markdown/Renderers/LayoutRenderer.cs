using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// Turns a Markdig syntax tree into layout elements. Block renderers add elements to the
/// innermost open block list; inline renderers append styled text to the open span collector.
/// One instance renders one document (it holds the document's anchors).
/// </summary>
internal sealed class LayoutRenderer : RendererBase
{
    private readonly Stack<List<Element>> _blocks = new();
    private SpanCollector? _spans;

    public LayoutRenderer(PrintTheme theme, IMethodFigures? methodFigures = null)
    {
        Theme = theme;
        MethodFigures = methodFigures;
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());

        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new TaskListInlineRenderer());
    }

    public PrintTheme Theme { get; private set; }

    /// <summary>Renders with <paramref name="theme"/> (e.g. a table's cells in smaller type), then returns to the current theme.</summary>
    public T WithTheme<T>(PrintTheme theme, Func<T> render)
    {
        var outer = Theme;
        Theme = theme;
        try
        {
            return render();
        }
        finally
        {
            Theme = outer;
        }
    }

    /// <summary>The methods the product knows, for <c>[[kopband]]</c> and <c>[[tijdlijn]]</c>; null when it knows none.</summary>
    public IMethodFigures? MethodFigures { get; }

    public AnchorRegistry Anchors { get; } = new();

    /// <summary>0 outside lists, 1 inside a top-level list, …; picks the bullet of nested lists.</summary>
    public int ListDepth { get; set; }

    public SpanCollector Spans => _spans ?? throw new InvalidOperationException("Inline-tekst buiten een blok.");

    /// <summary>Renders a whole document (or any block) to a column of elements.</summary>
    public override object Render(MarkdownObject markdownObject)
    {
        // Extensions add their renderers during pipeline setup; the catch-all must come after them.
        if (!ObjectRenderers.Contains<UnsupportedNodeRenderer>())
        {
            ObjectRenderers.Add(new UnsupportedNodeRenderer());
        }

        if (markdownObject is MarkdownDocument document)
        {
            Anchors.Reserve(document);
        }

        return markdownObject is ContainerBlock container
            ? RenderChildren(container)
            : RenderOne(markdownObject);
    }

    public void Add(Element element) =>
        (_blocks.Count > 0 ? _blocks.Peek() : throw new InvalidOperationException("Blok buiten een document.")).Add(element);

    /// <summary>
    /// Running text (a paragraph, a list, a box): at the document's top level no wider than the
    /// theme's measure (<see cref="PrintTheme.TextMeasure"/>); inside tables and boxes as wide as they are.
    /// </summary>
    public void AddRunningText(Element element) =>
        Add(Theme.TextMeasure is { } measure && _blocks.Count == 1 ? new MeasureLimit(element, measure) : element);

    /// <summary>The children of <paramref name="container"/> as a column (paragraph spacing unless told otherwise).</summary>
    public Column RenderChildren(ContainerBlock container, double? spacing = null) =>
        Collect(() => WriteChildren(container), spacing);

    /// <summary>Some blocks of a container (e.g. all but a task item's label) as a column.</summary>
    public Column RenderBlocks(IEnumerable<Block> blocks, double? spacing = null) => Collect(
        () =>
        {
            foreach (var block in blocks)
            {
                Write(block);
            }
        },
        spacing);

    /// <summary>
    /// The inline content of a block as styled spans, starting from <paramref name="style"/>, with
    /// typographic punctuation (the Markdown keeps the source's characters).
    /// </summary>
    public IReadOnlyList<Span> RenderInlines(ContainerInline? inline, TextStyle style)
    {
        var outer = _spans;
        _spans = new SpanCollector(style);
        try
        {
            if (inline is not null)
            {
                WriteChildren(inline);
            }

            return TypographicSpans.Apply(_spans.ToSpans());
        }
        finally
        {
            _spans = outer;
        }
    }

    private Column RenderOne(MarkdownObject markdownObject) => Collect(() => Write(markdownObject), null);

    private Column Collect(Action write, double? spacing)
    {
        var blocks = new List<Element>();
        _blocks.Push(blocks);
        try
        {
            write();
        }
        finally
        {
            _blocks.Pop();
        }

        return new Column(blocks, spacing ?? Theme.ParagraphSpacing);
    }
}
