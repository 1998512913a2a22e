using IntervisieDocs.Markdown.Renderers;
using LayoutWritingLines = IntervisieDocs.Layout.WritingLines;

namespace IntervisieDocs.Markdown.Extensions.WritingLines;

internal sealed class WritingLinesRenderer : LayoutObjectRenderer<WritingLinesBlock>
{
    protected override void Write(LayoutRenderer renderer, WritingLinesBlock obj) =>
        renderer.Add(new LayoutWritingLines(obj.Count, obj.SpacingMm ?? renderer.Theme.WritingLineSpacingMm, obj.Grows));
}
