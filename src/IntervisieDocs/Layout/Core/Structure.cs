namespace IntervisieDocs.Layout;

/// <summary>The structure types of tagged PDF (ISO 32000-1, 14.8.4) that the layout engine uses.</summary>
internal enum StructureRole
{
    /// <summary>Not content: running heads, page numbers, rules, writing lines, marks. Screen readers skip it.</summary>
    Artifact,
    Sect,
    Div,
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Figure,
    TOC,
    TOCI,
    Link,
    Span,
}

/// <summary>
/// What an element is in the document's structure tree (tagged PDF, PDF/UA). <see cref="Alt"/> is the
/// alternative text of a figure; <see cref="TargetPage"/> the page a link jumps to.
/// </summary>
internal sealed record StructureTag(StructureRole Role)
{
    public static readonly StructureTag Artifact = new(StructureRole.Artifact);
    public static readonly StructureTag Paragraph = new(StructureRole.P);
    public static readonly StructureTag Section = new(StructureRole.Sect);
    public static readonly StructureTag Division = new(StructureRole.Div);

    public string? Alt { get; init; }

    /// <summary>The language of a span that is not in the document's language (BCP 47, e.g. "en").</summary>
    public string? Language { get; init; }

    public int TargetPage { get; init; }

    /// <summary>The named destination a link goes to.</summary>
    public string? Destination { get; init; }

    public bool IsArtifact => Role == StructureRole.Artifact;

    /// <summary>Headings H1–H6; a deeper level than 6 is H6.</summary>
    public static StructureTag Heading(int level) => new(StructureRole.H1 + (Math.Clamp(level, 1, 6) - 1));

    /// <summary>A figure with alternative text, or an artifact when it is decoration (no text).</summary>
    public static StructureTag Figure(string? alt) =>
        string.IsNullOrWhiteSpace(alt) ? Artifact : new StructureTag(StructureRole.Figure) { Alt = alt };

    public static StructureTag Link(string destination, int targetPage, string alt) =>
        new(StructureRole.Link) { Destination = destination, TargetPage = targetPage, Alt = alt };
}

/// <summary>
/// The open structure elements of one layout pass, as a stack in drawing order. An element opens
/// its structure element the first time it draws and closes it when it has drawn everything, so a
/// paragraph or table that continues on the next page stays one element. Running heads and footers
/// are drawn inside an artifact in between; nothing inside an artifact becomes structure.
/// </summary>
internal sealed class StructureTracker(ICanvas canvas)
{
    private readonly List<(object Owner, bool Artifact)> _open = [];
    private int _artifacts;

    public bool InArtifact => _artifacts > 0;

    /// <summary>How many structure elements are open; <see cref="CloseTo"/> closes back to such a depth.</summary>
    public int Depth => _open.Count;

    public bool IsOpen(object owner) => _open.Exists(o => ReferenceEquals(o.Owner, owner));

    /// <summary>Opens <paramref name="tag"/> for <paramref name="owner"/> unless it is open already or inside an artifact.</summary>
    public void Open(object owner, StructureTag? tag, Rect bounds)
    {
        // Inside an artifact nothing is structure, and an artifact in an artifact adds nothing.
        if (tag is null || InArtifact || IsOpen(owner))
        {
            return;
        }

        _open.Add((owner, tag.IsArtifact));
        if (tag.IsArtifact)
        {
            _artifacts++;
        }

        canvas.BeginTag(tag, bounds);
    }

    /// <summary>Closes the structure element of <paramref name="owner"/> and any still open inside it.</summary>
    public void Close(object owner)
    {
        var index = _open.FindLastIndex(o => ReferenceEquals(o.Owner, owner));
        if (index >= 0)
        {
            CloseTo(index);
        }
    }

    public void CloseTo(int depth)
    {
        while (_open.Count > depth)
        {
            var (_, artifact) = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (artifact)
            {
                _artifacts--;
            }

            canvas.EndTag();
        }
    }

    /// <summary>While the scope lives, everything drawn is an artifact (a running head, a repeated table header, marks).</summary>
    public ArtifactScope Artifact()
    {
        var owner = new object();
        Open(owner, StructureTag.Artifact, default);
        return new ArtifactScope(this, owner);
    }

    internal readonly struct ArtifactScope(StructureTracker tracker, object owner) : IDisposable
    {
        public void Dispose() => tracker.Close(owner);
    }
}
