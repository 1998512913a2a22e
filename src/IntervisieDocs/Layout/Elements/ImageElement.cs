namespace IntervisieDocs.Layout;

/// <summary>
/// A PNG or JPEG image at a given width (or the available width), aspect ratio kept. Tagged as a figure
/// with its alternative text, or as an artifact (decoration) when it has none.
/// </summary>
internal sealed class ImageElement : AtomicElement
{
    private readonly double? _widthMm;

    public ImageElement(ImageData image, double? widthMm = null, string? alt = null)
    {
        Image = image;
        _widthMm = widthMm;
        Tag = StructureTag.Figure(alt);
    }

    public ImageData Image { get; }

    public override string Describe() => $"Afbeelding \"{Image.Name}\"";

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var width = _widthMm is { } mm ? Units.Mm(mm) : availableWidth;
        return new Size(width, width * Image.PixelHeight / Image.PixelWidth);
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        var size = Natural(area.Width, context);
        context.Canvas.DrawImage(Image, new Rect(area.X, area.Y, size.Width, size.Height));
    }
}
