namespace IntervisieDocs.Layout;

/// <summary>A full-width line with some air above and below.</summary>
internal sealed class HorizontalRule(double thickness = 0.7, double spaceAround = 4) : AtomicElement
{
    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, thickness + (2 * spaceAround));

    protected override void Paint(Rect area, LayoutContext context)
    {
        using var artifact = context.Structure.Artifact();
        var y = area.Y + spaceAround + (thickness / 2);
        context.Canvas.DrawLine(area.X, y, area.Right, y, new Stroke(thickness, Color.Gray(120)));
    }
}

/// <summary>Fixed vertical space.</summary>
internal sealed class Spacer(double height) : AtomicElement
{
    protected override Size Natural(double availableWidth, LayoutContext context) => new(availableWidth, height);

    protected override void Paint(Rect area, LayoutContext context)
    {
    }
}
