using IntervisieDocs.Markdown.Renderers;
using LayoutAnswerBox = IntervisieDocs.Layout.AnswerBox;

namespace IntervisieDocs.Markdown.Extensions.AnswerBox;

internal sealed class AnswerBoxRenderer : LayoutObjectRenderer<AnswerBoxBlock>
{
    protected override void Write(LayoutRenderer renderer, AnswerBoxBlock obj) =>
        renderer.Add(new LayoutAnswerBox(obj.HeightMm, obj.Label, renderer.Theme.AnswerBoxLabel));
}
