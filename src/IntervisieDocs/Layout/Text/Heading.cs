namespace IntervisieDocs.Layout;

/// <summary>
/// A paragraph that never ends a page (the column keeps it with what follows), marks a named
/// destination for links and the table of contents, and adds a PDF bookmark.
/// </summary>
internal sealed class Heading : Paragraph
{
    public Heading(string text, TextStyle style, int level, string anchor, bool inOutline = true, bool inToc = true)
        : base([new Span(text, style)], TextAlignment.Left, 1.2)
    {
        Title = text;
        Level = level;
        Anchor = anchor;
        InOutline = inOutline;
        InToc = inToc;
        Tag = StructureTag.Heading(level);
    }

    public string Title { get; }

    /// <summary>1 = chapter, 2 = section, …</summary>
    public int Level { get; }

    public string Anchor { get; }

    public bool InOutline { get; }

    public bool InToc { get; }

    public override bool KeepWithNext => true;

    protected override void OnFirstDraw(Rect area, LayoutContext context)
    {
        if (HasStarted)
        {
            return;
        }

        context.Canvas.AddDestination(Anchor, area.Y);
        if (InOutline)
        {
            context.Canvas.AddBookmark(Title, Level + context.OutlineOffset, Anchor);
        }
    }
}
