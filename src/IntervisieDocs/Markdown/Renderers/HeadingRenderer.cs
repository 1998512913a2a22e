using IntervisieDocs.Layout;
using IntervisieDocs.Markdown.Elements;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>
/// <c>#</c>–<c>####</c> (deeper levels look like level 4). The anchor is <c>{#anker}</c> or a slug
/// of the text; class <c>.geen-inhoud</c> keeps the heading out of the table of contents and outline.
/// </summary>
internal sealed class HeadingRenderer : LayoutObjectRenderer<HeadingBlock>
{
    public const string NotInContentsClass = "geen-inhoud";

    protected override void Write(LayoutRenderer renderer, HeadingBlock obj)
    {
        var look = renderer.Theme.Heading(obj.Level);
        // A heading has one style: emphasis inside it does not change the face.
        var text = string.Concat(renderer.RenderInlines(obj.Inline, look.Style).Select(s => s.Text)).Replace('\n', ' ').Trim();
        var attributes = obj.TryGetAttributes();
        var anchor = renderer.Anchors.For(attributes?.Id, text);
        var listed = attributes?.Classes?.Contains(NotInContentsClass) != true;
        var heading = new Heading(text, look.Style, obj.Level, anchor, inOutline: listed, inToc: listed);
        // The first block of a box or document needs no air above it.
        var before = renderer.IsFirstInContainer ? 0 : look.SpaceBefore;
        renderer.Add(new SpacedHeading(heading, before, look.SpaceAfter, look.AccentBarWidth));
    }
}
