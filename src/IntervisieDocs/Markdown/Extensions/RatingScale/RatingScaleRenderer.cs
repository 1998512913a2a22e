using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;
using LayoutCheckbox = IntervisieDocs.Layout.Checkbox;

namespace IntervisieDocs.Markdown.Extensions.RatingScale;

/// <summary>A row of equally wide labelled checkboxes, for rating sheets (warm / neutraal / koud).</summary>
internal sealed class RatingScaleRenderer : LayoutObjectRenderer<RatingScaleBlock>
{
    private const double GapMm = 3;

    protected override void Write(LayoutRenderer renderer, RatingScaleBlock obj)
    {
        var theme = renderer.Theme;
        var boxes = obj.Options
            .Select(o => (Element)new LayoutCheckbox([new Span(o, theme.Body)], isChecked: false, theme.CheckboxSizeMm))
            .ToList();
        var widths = obj.Options.Select(_ => ColumnWidth.Relative()).ToList();
        renderer.Add(new Row(boxes, widths, gap: Units.Mm(GapMm)));
    }
}
