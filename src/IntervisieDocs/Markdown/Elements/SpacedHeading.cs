using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown.Elements;

/// <summary>
/// A heading with space above and below that is still kept with what follows. A plain
/// <see cref="Padding"/> around the heading would hide its keep-with-next from the column,
/// and a spacer after it would let the column end a page between heading and text. With an
/// accent bar (<paramref name="accentBarWidth"/> &gt; 0) the bar stands left of the title.
/// </summary>
internal sealed class SpacedHeading(Heading heading, double spaceBefore, double spaceAfter, double accentBarWidth = 0) : Element
{
    private readonly Padding _padded = new(
        accentBarWidth > 0
            ? new AccentBar(heading, accentBarWidth, Units.Mm(2.5))
            : heading,
        new Thickness(0, spaceBefore, 0, spaceAfter));

    public Heading Heading { get; } = heading;

    public override IEnumerable<Element> Children => [_padded];

    public override bool KeepWithNext => true;

    public override string Describe() => Heading.Describe();

    public override SpacePlan Measure(Size available, LayoutContext context) => _padded.Measure(available, context);

    public override void Draw(Rect area, LayoutContext context) => _padded.Draw(area, context);
}
