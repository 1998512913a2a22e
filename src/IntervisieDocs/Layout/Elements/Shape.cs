namespace IntervisieDocs.Layout;

/// <summary>
/// A vector shape of a fixed size (or as wide as offered), drawn in one piece: a circle, a rounded
/// rectangle, or any outline made for its area. Decorative by default.
/// </summary>
internal sealed class Shape : AtomicElement
{
    private readonly Func<Rect, VectorPath> _outline;

    /// <param name="width">Width in points; null: as wide as offered.</param>
    public Shape(double? width, double height, Func<Rect, VectorPath> outline, Color? fill, Stroke? stroke = null, string name = "Vorm")
    {
        Width = width;
        Height = height;
        _outline = outline;
        Fill = fill;
        Stroke = stroke;
        Name = name;
        Tag = StructureTag.Artifact; // Decoration: what it marks is said in words next to it.
    }

    public double? Width { get; }

    public double Height { get; }

    public Color? Fill { get; }

    public Stroke? Stroke { get; }

    public string Name { get; }

    public static Shape Circle(double diameter, Color? fill, Stroke? stroke = null) =>
        new(diameter, diameter, r => new VectorPath().AddCircle(r.X + (r.Width / 2), r.Y + (r.Height / 2), Math.Min(r.Width, r.Height) / 2), fill, stroke, "Cirkel");

    /// <param name="width">Null: as wide as offered.</param>
    public static Shape RoundedRectangle(double? width, double height, double radius, Color? fill, Stroke? stroke = null) =>
        new(width, height, r => new VectorPath().AddRoundedRectangle(r, radius), fill, stroke, "Afgeronde rechthoek");

    /// <summary>The outline this shape draws in <paramref name="area"/> (its own size, at the area's top left).</summary>
    public VectorPath OutlineIn(Rect area) => _outline(area);

    public override string Describe() => $"{Name} ({Units.ToMm(Width ?? 0):0.#} × {Units.ToMm(Height):0.#} mm)";

    protected override Size Natural(double availableWidth, LayoutContext context) => new(Width ?? availableWidth, Height);

    protected override void Paint(Rect area, LayoutContext context) =>
        context.Canvas.DrawPath(_outline(area with { Width = Width ?? area.Width, Height = Height }), Fill, Stroke);
}
