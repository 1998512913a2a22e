namespace IntervisieDocs.Layout;

/// <summary>
/// A canvas for trial passes: it keeps only what the next pass needs — how many pages there are and on
/// which page each destination lies — and throws every drawing away (recording every text and line of
/// each trial was a large part of a cold run's time and garbage).
/// </summary>
internal sealed class CountingCanvas : ICanvas
{
    private readonly Dictionary<string, int> _destinations = [];

    public int PageCount { get; private set; }

    public IReadOnlyDictionary<string, int> Destinations => _destinations;

    public void BeginPage(Size pageSize, PageBoxes? boxes) => PageCount++;

    public void EndPage()
    {
    }

    public void DrawText(string text, TextStyle style, double x, double baselineY, double width)
    {
    }

    public void DrawLine(double x1, double y1, double x2, double y2, Stroke stroke)
    {
    }

    public void DrawRectangle(Rect rect, Color? fill, Stroke? stroke)
    {
    }

    public void DrawImage(ImageData image, Rect rect)
    {
    }

    public void DrawPath(VectorPath path, Color? fill, Stroke? stroke)
    {
    }

    public void AddDestination(string name, double y) => _destinations.TryAdd(name, PageCount);

    public void AddBookmark(string title, int level, string destination)
    {
    }

    public void AddLink(Rect area, string destination, int targetPage)
    {
    }

    public void BeginTag(StructureTag tag, Rect bounds)
    {
    }

    public void EndTag()
    {
    }
}
