using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Renderers;
using LayoutCheckbox = IntervisieDocs.Layout.Checkbox;

namespace IntervisieDocs.Markdown.Extensions.Checkbox;

internal sealed class CheckboxRenderer : LayoutObjectRenderer<CheckboxBlock>
{
    protected override void Write(LayoutRenderer renderer, CheckboxBlock obj) =>
        renderer.Add(new LayoutCheckbox([new Span(obj.Label, renderer.Theme.Body)], isChecked: false, renderer.Theme.CheckboxSizeMm));
}
