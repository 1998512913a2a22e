namespace IntervisieDocs.Layout;

internal sealed record RecordedText(string Text, TextStyle Style, double X, double Baseline, double Width);

internal sealed record RecordedLine(double X1, double Y1, double X2, double Y2, Stroke Stroke);

internal sealed record RecordedRectangle(Rect Rect, Color? Fill, Stroke? Stroke);

internal sealed record RecordedPath(VectorPath Path, Color? Fill, Stroke? Stroke);

internal sealed record RecordedLink(Rect Area, string Destination, int TargetPage);

internal sealed record RecordedBookmark(string Title, int Level, string Destination, int Page);

/// <summary>One step of the structure tree in drawing order: a tag opened (<see cref="Tag"/>), closed, or text drawn.</summary>
internal sealed record StructureEvent(StructureTag? Tag, string? Text, int Page)
{
    public bool IsEnd => Tag is null && Text is null;
}

internal sealed class RecordedPage(Size size, PageBoxes? boxes)
{
    public Size Size { get; } = size;

    public PageBoxes? Boxes { get; } = boxes;

    public List<RecordedText> Texts { get; } = [];

    public List<RecordedLine> Lines { get; } = [];

    public List<RecordedRectangle> Rectangles { get; } = [];

    public List<(ImageData Image, Rect Rect)> Images { get; } = [];

    /// <summary>Vector shapes, drawn after the rectangles and before the lines when replayed.</summary>
    public List<RecordedPath> Paths { get; } = [];

    public List<RecordedLink> Links { get; } = [];

    /// <summary>Draws this page again on <paramref name="canvas"/>, moved by (dx, dy); links are left out.</summary>
    public void ReplayTo(ICanvas canvas, double dx, double dy)
    {
        foreach (var r in Rectangles)
        {
            canvas.DrawRectangle(r.Rect with { X = r.Rect.X + dx, Y = r.Rect.Y + dy }, r.Fill, r.Stroke);
        }

        foreach (var p in Paths)
        {
            canvas.DrawPath(p.Path.Translate(dx, dy), p.Fill, p.Stroke);
        }

        foreach (var l in Lines)
        {
            canvas.DrawLine(l.X1 + dx, l.Y1 + dy, l.X2 + dx, l.Y2 + dy, l.Stroke);
        }

        foreach (var (image, rect) in Images)
        {
            canvas.DrawImage(image, rect with { X = rect.X + dx, Y = rect.Y + dy });
        }

        foreach (var t in Texts)
        {
            canvas.DrawText(t.Text, t.Style, t.X + dx, t.Baseline + dy, t.Width);
        }
    }
}

/// <summary>
/// Keeps every drawing call, per page. The first layout pass uses it to learn page numbers;
/// tests use it to check geometry without reading a PDF.
/// </summary>
internal sealed class RecordingCanvas : ICanvas
{
    private readonly Dictionary<string, int> _destinations = [];
    private RecordedPage? _current;

    public List<RecordedPage> Pages { get; } = [];

    public IReadOnlyDictionary<string, int> Destinations => _destinations;

    public List<RecordedBookmark> Bookmarks { get; } = [];

    /// <summary>Tags opened and closed and texts drawn, in drawing order over the whole document.</summary>
    public List<StructureEvent> Structure { get; } = [];

    private RecordedPage Current => _current ?? throw new InvalidOperationException("Tekenen buiten een pagina.");

    public void BeginPage(Size pageSize, PageBoxes? boxes)
    {
        _current = new RecordedPage(pageSize, boxes);
        Pages.Add(_current);
    }

    public void EndPage() => _current = null;

    public void DrawText(string text, TextStyle style, double x, double baselineY, double width)
    {
        Current.Texts.Add(new RecordedText(text, style, x, baselineY, width));
        Structure.Add(new StructureEvent(null, text, Pages.Count));
    }

    public void DrawLine(double x1, double y1, double x2, double y2, Stroke stroke) =>
        Current.Lines.Add(new RecordedLine(x1, y1, x2, y2, stroke));

    public void DrawRectangle(Rect rect, Color? fill, Stroke? stroke) =>
        Current.Rectangles.Add(new RecordedRectangle(rect, fill, stroke));

    public void DrawImage(ImageData image, Rect rect) => Current.Images.Add((image, rect));

    public void DrawPath(VectorPath path, Color? fill, Stroke? stroke) => Current.Paths.Add(new RecordedPath(path, fill, stroke));

    public void AddDestination(string name, double y) => _destinations.TryAdd(name, Pages.Count);

    public void AddBookmark(string title, int level, string destination) =>
        Bookmarks.Add(new RecordedBookmark(title, level, destination, Pages.Count));

    public void AddLink(Rect area, string destination, int targetPage) => Current.Links.Add(new RecordedLink(area, destination, targetPage));

    public void BeginTag(StructureTag tag, Rect bounds)
    {
        Structure.Add(new StructureEvent(tag, null, Pages.Count));
        if (tag.Role == StructureRole.Link)
        {
            Current.Links.Add(new RecordedLink(bounds, tag.Destination ?? "", tag.TargetPage));
        }
    }

    public void EndTag() => Structure.Add(new StructureEvent(null, null, Pages.Count));

    /// <summary>All text of the document in drawing order, one string per drawn run.</summary>
    public IEnumerable<string> AllTexts => Pages.SelectMany(p => p.Texts).Select(t => t.Text);

    /// <summary>All text as a reader sees it (<see cref="Join"/>).</summary>
    public string JoinedText => Join(Pages.SelectMany(p => p.Texts));

    /// <summary>
    /// Drawn texts joined as a reader sees them: a space between two, except where the first already
    /// ends in one or the second continues it on its line (a word in another language is a run of its own).
    /// </summary>
    public static string Join(IEnumerable<RecordedText> texts)
    {
        var builder = new System.Text.StringBuilder();
        RecordedText? previous = null;
        foreach (var text in texts)
        {
            var continues = previous is not null && Math.Abs(previous.Baseline - text.Baseline) < Units.Epsilon &&
                            Math.Abs(previous.X + previous.Width - text.X) < 0.01;
            if (previous is not null && !continues && !previous.Text.EndsWith(' '))
            {
                builder.Append(' ');
            }

            builder.Append(text.Text);
            previous = text;
        }

        return builder.ToString();
    }
}
