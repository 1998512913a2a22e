using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// Fits a card's text to the card, never clipping it. The Markdown is laid out at decreasing base sizes
/// (<see cref="FontSizes"/>, 9 pt down to 7 pt) and each time run through a card-sized page loop on a
/// recording canvas: the first size at which everything fits on one card wins. When even 7 pt needs
/// more than one card, the text continues on "vervolg" cards (the template's <c>vervolg</c> side on
/// top, then the rest of the text), at the largest size that needs no more cards than 7 pt does.
/// </summary>
internal sealed class CardFitter(TextMeasurer measurer)
{
    /// <summary>A runaway layout stops here (no real card comes near it).</summary>
    public const int MaxCards = 25;

    /// <summary>Base sizes tried for a front, largest first; 7 pt is the smallest that stays readable.</summary>
    public static IReadOnlyList<double> FontSizes { get; } = [9, 8.5, 8, 7.5, 7];

    /// <summary>Base sizes tried for a back (a back has only a few words, and never continues).</summary>
    public static IReadOnlyList<double> BackFontSizes { get; } = [12, 11, 10, 9, 8, 7];

    /// <summary>The look of a card at base size <paramref name="size"/>: the compact theme's spacing, scaled.</summary>
    public static PrintTheme Theme(double size) => PrintTheme.Default(size) with
    {
        LineHeight = PrintTheme.Compact.LineHeight,
        WritingLineSpacingMm = PrintTheme.Compact.WritingLineSpacingMm,
        CheckboxSizeMm = PrintTheme.Compact.CheckboxSizeMm,
    };

    private static Rect Content => new(0, 0, CardGeometry.ContentSize.Width, CardGeometry.ContentSize.Height);

    public FittedCard Fit(RenderedCard card)
    {
        List<Element>? fewest = null;
        var fewestSize = 0.0;
        LayoutException? failure = null;
        foreach (var size in FontSizes)
        {
            List<Element> fronts;
            try
            {
                fronts = LayOut(card, size);
            }
            catch (LayoutException e)
            {
                failure = e;
                continue;
            }

            if (fewest is null || fronts.Count < fewest.Count)
            {
                (fewest, fewestSize) = (fronts, size);
            }

            if (fronts.Count == 1)
            {
                break;
            }
        }

        if (fewest is null)
        {
            throw new LayoutException($"{card.Spec.Name} past ook in {FontSizes[^1]} pt niet op een kaart: {failure!.Message}");
        }

        if (card.Spec.Centered && fewest.Count == 1)
        {
            fewest[0] = new VerticalCenter(fewest[0]);
        }

        var backs = card.Back is null ? null : Backs(card, card.Back, fewest.Count);
        return new FittedCard(card.Spec, fewestSize, fewest, backs);
    }

    /// <summary>How many cards <paramref name="card"/> takes at base size <paramref name="size"/>.</summary>
    public int CardsAt(RenderedCard card, double size) => LayOut(card, size).Count;

    /// <summary>
    /// The fronts of <paramref name="card"/> at <paramref name="size"/>: the content laid out card by
    /// card until it is complete (on a throwaway canvas), then rewound for the real layout.
    /// </summary>
    private List<Element> LayOut(RenderedCard card, double size)
    {
        var theme = Theme(size);
        var content = MarkdownProducts.Layout(card.Spec.Template, card.Front, theme);
        var fronts = new List<Element> { content };
        var canvas = new RecordingCanvas();
        var context = new LayoutContext(canvas, measurer) { PageContentSize = Content.Size };
        while (true)
        {
            var front = fronts[^1];
            canvas.BeginPage(CardGeometry.Trim, null);
            var plan = FixedAreas.DrawAsPage(front, Content, context);
            canvas.EndPage();
            if (plan.IsComplete)
            {
                break;
            }

            if (fronts.Count == MaxCards)
            {
                throw new LayoutException($"{card.Spec.Name}: meer dan {MaxCards} kaarten; de opmaak komt niet tot een einde.");
            }

            fronts.Add(Continuation(card, theme, content, context));
        }

        foreach (var front in fronts)
        {
            front.Reset();
        }

        return fronts;
    }

    /// <summary>A next card: the template's "vervolg" top, then the rest of <paramref name="content"/>.</summary>
    private static Column Continuation(RenderedCard card, PrintTheme theme, Element content, LayoutContext context)
    {
        var top = MarkdownProducts.Layout(card.Spec.Template, card.Continuation, theme);
        var topHeight = top.Measure(Content.Size, context).Height + theme.ParagraphSpacing;
        var rest = content.Measure(Content.Size with { Height = Math.Max(0, Content.Height - topHeight) }, context);
        if (rest.IsWrap)
        {
            // Nothing more would ever fit: every next card would hold only its "vervolg" top.
            throw new LayoutException($"{card.Spec.Name}: past niet op een vervolgkaart: {rest.Reason}");
        }

        return new Column([top, content], theme.ParagraphSpacing);
    }

    /// <summary><paramref name="count"/> backs (one per front), at the largest size at which the back fits one card.</summary>
    private List<Element> Backs(RenderedCard card, string markdown, int count)
    {
        var context = new LayoutContext(new RecordingCanvas(), measurer) { PageContentSize = Content.Size };
        foreach (var size in BackFontSizes)
        {
            var plan = MarkdownProducts.Layout(card.Spec.Template, markdown, Theme(size)).Measure(Content.Size, context);
            if (plan.IsComplete)
            {
                return [.. Enumerable.Range(0, count).Select(_ => (Element)new VerticalCenter(MarkdownProducts.Layout(card.Spec.Template, markdown, Theme(size))))];
            }
        }

        throw new LayoutException($"{card.Spec.Name}: de achterkant past ook in {BackFontSizes[^1]} pt niet op een kaart.");
    }
}
