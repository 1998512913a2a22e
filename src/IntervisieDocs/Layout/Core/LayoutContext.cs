namespace IntervisieDocs.Layout;

/// <summary>What an element may know about the page it is laid out on.</summary>
internal sealed class LayoutContext
{
    public LayoutContext(ICanvas canvas, ITextMeasurer measurer)
    {
        Canvas = canvas;
        Measurer = measurer;
        Structure = new StructureTracker(canvas);
    }

    /// <summary>The open structure elements (tagged PDF) of this pass.</summary>
    public StructureTracker Structure { get; }

    public ICanvas Canvas { get; }

    public ITextMeasurer Measurer { get; }

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; internal set; }

    /// <summary>1-based number of the page within its section.</summary>
    public int PageInSection { get; internal set; }

    /// <summary>Pages of the section being laid out; known in the final pass, 0 in the first.</summary>
    public int SectionPages { get; internal set; }

    /// <summary>Added to a heading's level in the outline (a section nested under its own bookmark).</summary>
    public int OutlineOffset { get; internal set; }

    /// <summary>Total pages of the document; known in the final pass, 0 in the first.</summary>
    public int TotalPages { get; internal set; }

    /// <summary>The body area of a whole page: more than this can never be offered.</summary>
    public Size PageContentSize { get; internal set; }

    /// <summary>Page number of each named destination, as found by the first pass.</summary>
    public IReadOnlyDictionary<string, int> Destinations { get; internal set; } = new Dictionary<string, int>();

    public int? PageOf(string destination) => Destinations.TryGetValue(destination, out var page) ? page : null;

    /// <summary>
    /// The most height an element here can ever be offered: the page body less what enclosing
    /// paddings, frames and repeated table headers take on every page.
    /// </summary>
    public double WholePageHeight => PageContentSize.Height - _inset;

    /// <summary>True when <paramref name="available"/> is all an element here can get: splitting is then the only way on.</summary>
    public bool IsWholePage(Size available) => available.Height >= WholePageHeight - Units.Epsilon;

    private double _inset;

    /// <summary>While the returned scope lives, <paramref name="height"/> more is taken on every page (a padding, a header row).</summary>
    public InsetScope Inset(double height)
    {
        _inset += height;
        return new InsetScope(this, height);
    }

    internal readonly struct InsetScope(LayoutContext context, double height) : IDisposable
    {
        public void Dispose() => context._inset -= height;
    }
}
