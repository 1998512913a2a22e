namespace IntervisieDocs.Layout;

/// <summary>What an element may know about the page it is laid out on.</summary>
internal sealed class LayoutContext
{
    public LayoutContext(ICanvas canvas, TextMeasurer measurer)
    {
        Canvas = canvas;
        Measurer = measurer;
    }

    public ICanvas Canvas { get; }

    public TextMeasurer Measurer { get; }

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; internal set; }

    /// <summary>Total pages of the document; known in the final pass, 0 in the first.</summary>
    public int TotalPages { get; internal set; }

    /// <summary>The body area of a whole page: more than this can never be offered.</summary>
    public Size PageContentSize { get; internal set; }

    /// <summary>Page number of each named destination, as found by the first pass.</summary>
    public IReadOnlyDictionary<string, int> Destinations { get; internal set; } = new Dictionary<string, int>();

    public int? PageOf(string destination) => Destinations.TryGetValue(destination, out var page) ? page : null;

    /// <summary>True when <paramref name="available"/> is a whole page: splitting is then the only way on.</summary>
    public bool IsWholePage(Size available) => available.Height >= PageContentSize.Height - Units.Epsilon;
}
