namespace IntervisieDocs.Layout;

/// <summary>A PNG or JPEG image at a given width (or the available width), aspect ratio kept.</summary>
internal sealed class ImageElement(ImageData image, double? widthMm = null) : AtomicElement
{
    public ImageData Image { get; } = image;

    public override string Describe() => $"Afbeelding \"{Image.Name}\"";

    protected override Size Natural(double availableWidth, LayoutContext context)
    {
        var width = widthMm is { } mm ? Units.Mm(mm) : availableWidth;
        return new Size(width, width * Image.PixelHeight / Image.PixelWidth);
    }

    protected override void Paint(Rect area, LayoutContext context)
    {
        var size = Natural(area.Width, context);
        context.Canvas.DrawImage(Image, new Rect(area.X, area.Y, size.Width, size.Height));
    }
}
