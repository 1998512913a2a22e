namespace IntervisieDocs.Layout;

internal sealed record BoxStyle(Stroke? Border, Color? Background, Thickness Padding)
{
    public static BoxStyle Framed(double paddingMm = 3) =>
        new(new Stroke(0.8, Color.Gray(60)), null, Thickness.All(Units.Mm(paddingMm)));
}

/// <summary>A framed and/or shaded block with an optional title; splits with its content.</summary>
internal sealed class Box : Element
{
    private readonly Padding _inner;

    public Box(Element content, BoxStyle style, string? title = null, TextStyle? titleStyle = null)
    {
        Style = style;
        Title = title;
        var parts = new List<Element>();
        if (title is not null)
        {
            parts.Add(new Paragraph(title, titleStyle ?? TextStyle.Body.Bold()));
        }

        parts.Add(content);
        _inner = new Padding(new Column(parts, Units.Mm(1.5)), style.Padding);
    }

    public BoxStyle Style { get; }

    public string? Title { get; }

    public override IEnumerable<Element> Children => [_inner];

    public override string Describe() => Title is null ? "Box" : $"Box \"{Title}\"";

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var plan = _inner.Measure(available, context);
        return plan.IsWrap
            ? SpacePlan.Wrap($"{Describe()}: {plan.Reason}")
            : plan.IsEmpty ? plan : plan with { Width = available.Width };
    }

    public override void Draw(Rect area, LayoutContext context)
    {
        var plan = _inner.Measure(area.Size, context);
        BeginStructure(area, context);
        if (!plan.IsEmpty && (Style.Background is not null || Style.Border is not null))
        {
            using var artifact = context.Structure.Artifact();
            context.Canvas.DrawRectangle(area with { Height = plan.Height }, Style.Background, Style.Border);
        }

        _inner.Draw(area, context);
        EndStructure(area, context);
    }
}
