namespace IntervisieDocs.Layout;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
internal readonly record struct Size(double Width, double Height)
{
    public static Size FromMm(double width, double height) => new(Units.Mm(width), Units.Mm(height));
}

/// <summary>A rectangle in points, origin top-left of the page, y growing downwards.</summary>
internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public Size Size => new(Width, Height);

    public Rect Deflate(double left, double top, double right, double bottom) =>
        new(X + left, Y + top, Math.Max(0, Width - left - right), Math.Max(0, Height - top - bottom));

    public bool Contains(Rect other, double tolerance = 0.01) =>
        other.X >= X - tolerance && other.Y >= Y - tolerance &&
        other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;

    public bool Intersects(Rect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}

internal static class Units
{
    public const double PointsPerMm = 72.0 / 25.4;
    public static double Mm(double mm) => mm * PointsPerMm;
    public static double ToMm(double points) => points / PointsPerMm;

    /// <summary>Layout compares lengths with this slack so rounding never pushes content to a new page.</summary>
    public const double Epsilon = 0.001;
}

/// <summary>An sRGB colour; gray values keep forms readable on black-and-white printers.</summary>
internal readonly record struct Color(byte R, byte G, byte B)
{
    public static readonly Color Black = new(0, 0, 0);
    public static readonly Color White = new(255, 255, 255);
    public static Color Gray(byte level) => new(level, level, level);
}
