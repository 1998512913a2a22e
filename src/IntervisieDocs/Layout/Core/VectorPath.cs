namespace IntervisieDocs.Layout;

/// <summary>A point in PDF points, origin top-left, y downwards.</summary>
internal readonly record struct Point(double X, double Y);

/// <summary>One piece of a <see cref="VectorPath"/>.</summary>
internal abstract record PathSegment;

/// <summary>Starts a new figure at <paramref name="To"/>.</summary>
internal sealed record MoveSegment(Point To) : PathSegment;

internal sealed record LineSegment(Point To) : PathSegment;

/// <summary>A cubic Bézier curve from the current point to <paramref name="To"/>.</summary>
internal sealed record CurveSegment(Point Control1, Point Control2, Point To) : PathSegment;

/// <summary>Closes the current figure with a straight line to its start.</summary>
internal sealed record CloseSegment : PathSegment;

/// <summary>
/// Vector outlines for the canvas: figures of straight lines and cubic curves. Circles and rounded
/// corners are four quarter curves each (the usual 0.5523 control distance, off by less than 0.03 %
/// of the radius), so a PDF viewer and a recording canvas see the same shape.
/// </summary>
internal sealed class VectorPath
{
    /// <summary>Control-point distance of a quarter circle of radius 1 drawn as one cubic curve.</summary>
    public const double Kappa = 0.5522847498;

    private readonly List<PathSegment> _segments = [];

    public IReadOnlyList<PathSegment> Segments => _segments;

    public VectorPath MoveTo(double x, double y)
    {
        _segments.Add(new MoveSegment(new Point(x, y)));
        return this;
    }

    public VectorPath LineTo(double x, double y)
    {
        _segments.Add(new LineSegment(new Point(x, y)));
        return this;
    }

    public VectorPath CurveTo(double x1, double y1, double x2, double y2, double x, double y)
    {
        _segments.Add(new CurveSegment(new Point(x1, y1), new Point(x2, y2), new Point(x, y)));
        return this;
    }

    public VectorPath Close()
    {
        _segments.Add(new CloseSegment());
        return this;
    }

    /// <summary>Adds a closed circle, drawn clockwise from its top.</summary>
    public VectorPath AddCircle(double cx, double cy, double r) => AddEllipse(new Rect(cx - r, cy - r, 2 * r, 2 * r));

    public VectorPath AddEllipse(Rect box)
    {
        var (rx, ry) = (box.Width / 2, box.Height / 2);
        var (cx, cy) = (box.X + rx, box.Y + ry);
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        return MoveTo(cx, cy - ry)
            .CurveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)
            .CurveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)
            .CurveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)
            .CurveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)
            .Close();
    }

    /// <summary>Adds a rectangle with quarter-circle corners; the radius is capped at half the shorter side.</summary>
    public VectorPath AddRoundedRectangle(Rect rect, double radius)
    {
        var r = Math.Clamp(radius, 0, Math.Min(rect.Width, rect.Height) / 2);
        var k = r * Kappa;
        var (l, t, rt, b) = (rect.X, rect.Y, rect.Right, rect.Bottom);
        return MoveTo(l + r, t)
            .LineTo(rt - r, t).CurveTo(rt - r + k, t, rt, t + r - k, rt, t + r)
            .LineTo(rt, b - r).CurveTo(rt, b - r + k, rt - r + k, b, rt - r, b)
            .LineTo(l + r, b).CurveTo(l + r - k, b, l, b - r + k, l, b - r)
            .LineTo(l, t + r).CurveTo(l, t + r - k, l + r - k, t, l + r, t)
            .Close();
    }

    public VectorPath AddRectangle(Rect rect) =>
        MoveTo(rect.X, rect.Y).LineTo(rect.Right, rect.Y).LineTo(rect.Right, rect.Bottom).LineTo(rect.X, rect.Bottom).Close();

    /// <summary>Adds a closed polygon through <paramref name="points"/>.</summary>
    public VectorPath AddPolygon(IReadOnlyList<Point> points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points.Count, 3);
        MoveTo(points[0].X, points[0].Y);
        foreach (var p in points.Skip(1))
        {
            LineTo(p.X, p.Y);
        }

        return Close();
    }

    /// <summary>A copy moved by (dx, dy).</summary>
    public VectorPath Translate(double dx, double dy)
    {
        var moved = new VectorPath();
        Point M(Point p) => new(p.X + dx, p.Y + dy);
        foreach (var segment in _segments)
        {
            moved._segments.Add(segment switch
            {
                MoveSegment m => new MoveSegment(M(m.To)),
                LineSegment l => new LineSegment(M(l.To)),
                CurveSegment c => new CurveSegment(M(c.Control1), M(c.Control2), M(c.To)),
                _ => segment,
            });
        }

        return moved;
    }

    /// <summary>The box around every point and control point (a curve never leaves it).</summary>
    public Rect Bounds
    {
        get
        {
            var points = _segments.SelectMany(s => s switch
            {
                MoveSegment m => [m.To],
                LineSegment l => [l.To],
                CurveSegment c => new[] { c.Control1, c.Control2, c.To },
                _ => [],
            }).ToList();
            if (points.Count == 0)
            {
                return default;
            }

            var (minX, minY) = (points.Min(p => p.X), points.Min(p => p.Y));
            return new Rect(minX, minY, points.Max(p => p.X) - minX, points.Max(p => p.Y) - minY);
        }
    }
}
