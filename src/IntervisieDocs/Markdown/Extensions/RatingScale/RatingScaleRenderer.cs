using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;
using LayoutCheckbox = IntervisieDocs.Layout.Checkbox;

namespace IntervisieDocs.Markdown.Extensions.RatingScale;

/// <summary>
/// A row of equally wide labelled checkboxes, for rating sheets (warm / neutraal / koud); or a
/// numbered scale with its ends named (1 = weinig … 5 = veel).
/// </summary>
internal sealed class RatingScaleRenderer : LayoutObjectRenderer<RatingScaleBlock>
{
    private const double GapMm = 3;

    protected override void Write(LayoutRenderer renderer, RatingScaleBlock obj)
    {
        var theme = renderer.Theme;
        if (obj.Numbers is var (from, to))
        {
            renderer.Add(new NumberScale(from, to, obj.Ends?.Low, obj.Ends?.High, theme.Body, theme.CheckboxSizeMm));
            return;
        }

        var boxes = obj.Options
            .Select(o => (Element)new LayoutCheckbox([new Span(o, theme.Body)], isChecked: false, theme.CheckboxSizeMm))
            .ToList();
        var widths = obj.Options.Select(_ => ColumnWidth.Relative()).ToList();
        renderer.Add(new Row(boxes, widths, gap: Units.Mm(GapMm)));
    }
}
