namespace IntervisieDocs.Layout;

/// <summary>Everything an element can put on a page. One PDF adapter; a recording one for tests.</summary>
internal interface ICanvas
{
    void BeginPage(Size pageSize, PageBoxes? boxes);

    void EndPage();

    /// <summary>Draws text with its baseline at <paramref name="baselineY"/>.</summary>
    void DrawText(string text, TextStyle style, double x, double baselineY, double width);

    void DrawLine(double x1, double y1, double x2, double y2, Stroke stroke);

    void DrawRectangle(Rect rect, Color? fill, Stroke? stroke);

    void DrawImage(ImageData image, Rect rect);

    /// <summary>Fills and/or strokes a vector outline (nonzero winding: inner figures drawn the other way are holes).</summary>
    void DrawPath(VectorPath path, Color? fill, Stroke? stroke);

    /// <summary>Marks this page as the target of <paramref name="name"/> (for links and the table of contents).</summary>
    void AddDestination(string name, double y);

    void AddBookmark(string title, int level, string destination);

    /// <summary>A clickable area that jumps to <paramref name="targetPage"/>, where <paramref name="destination"/> is.</summary>
    void AddLink(Rect area, string destination, int targetPage);

    /// <summary>
    /// Opens a structure element (tagged PDF) inside the open one, or an artifact; everything drawn until
    /// the matching <see cref="EndTag"/> belongs to it. <paramref name="bounds"/> is the figure's box or
    /// the link's clickable area. Called through <see cref="StructureTracker"/>, which keeps them nested.
    /// </summary>
    void BeginTag(StructureTag tag, Rect bounds);

    void EndTag();
}

internal readonly record struct Stroke(double Width, Color Color, double Dash = 0);

/// <summary>Print-shop page boxes: the trim box inside the media box, with bleed around it.</summary>
internal sealed record PageBoxes(Rect TrimBox, Rect BleedBox);
