using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// Fits a card's text to the card, never clipping it, and lets it fill the card. The Markdown is laid
/// out at decreasing base sizes (<see cref="FontSizes"/>, from <see cref="LargestFontSize"/> down to
/// 10 pt in half points) and each time run through a card-sized page loop on a recording canvas: the
/// first (largest) size at which everything fits on one card wins, so a short step is set large and
/// a long one only as small as it must be — each card on its own. A card's body never goes below
/// 10 pt (docs/ontwerp.md): when 10 pt needs more than one card, the text continues on "vervolg"
/// cards (the template's <c>vervolg</c> side on top, then the rest of the text), at the largest size
/// that needs no more cards than 10 pt does.
/// </summary>
internal sealed class CardFitter(ITextMeasurer measurer)
{
    /// <summary>A runaway layout stops here (no real card comes near it).</summary>
    public const int MaxCards = 25;

    /// <summary>
    /// The largest base size a card's text grows to (unless its spec says otherwise): large enough to
    /// fill a card with a short step, small enough to keep about 45 characters a line on it.
    /// </summary>
    public const double LargestFontSize = 13;

    /// <summary>
    /// The smallest base size of a card's body (docs/ontwerp.md: ≥ 10 pt on a card): text that does
    /// not fit at this size continues on a "vervolg" card rather than shrink further.
    /// </summary>
    public const double MinimumFontSize = 10;

    /// <summary>The body size a card keeps (the same as <see cref="MinimumFontSize"/>: a card never goes below it).</summary>
    public const double ComfortableFontSize = MinimumFontSize;

    /// <summary>The base size a back starts from: a back has only a few words, and never continues.</summary>
    public const double BackFontSize = 12;

    /// <summary>Base sizes tried: from <paramref name="largest"/> down to 10 pt in half points.</summary>
    public static IReadOnlyList<double> FontSizes(double largest = LargestFontSize) =>
        [.. Enumerable.Range(0, (int)Math.Round((largest - MinimumFontSize) * 2) + 1).Select(i => largest - (i * 0.5))];

    /// <summary>
    /// The look of a card at base size <paramref name="size"/>: the compact theme's spacing, scaled, and
    /// headings one step smaller than on A4: a card's title is its level-1 heading (one outline entry
    /// per card), set as a section heading would be on a page.
    /// </summary>
    public static PrintTheme Theme(double size)
    {
        var page = PrintTheme.Default(size);
        return page with
        {
            LineHeight = PrintTheme.Compact.LineHeight,
            WritingLineSpacingMm = PrintTheme.Compact.WritingLineSpacingMm,
            CheckboxSizeMm = PrintTheme.Compact.CheckboxSizeMm,
            Headings = [Title(page.Heading(2)), page.Heading(3), page.Heading(4), page.Heading(4)],
            KeepParagraphsUpTo = KeepParagraphsUpTo,
        };
    }

    /// <summary>
    /// A paragraph up to this share of a card goes to the next card whole rather than split, so a
    /// "vervolg" card starts with a new paragraph (and so a new sentence) where it can.
    /// </summary>
    public const double KeepParagraphsUpTo = 0.5;

    /// <summary>A card's title (its level-1 heading) is never smaller than this, however small the text gets.</summary>
    public const double TitleMinimumSize = 14;

    private static HeadingTheme Title(HeadingTheme heading) =>
        heading.Style.Size >= TitleMinimumSize ? heading : heading with { Style = heading.Style.WithSize(TitleMinimumSize) };

    /// <summary>What a back keeps free at its foot for the deck's name and source (<see cref="CardBackLabel"/>).</summary>
    private static double BackLabelRoom => Units.Mm(11);

    /// <summary>Between the band and the text of a card.</summary>
    private static double BandGap => Units.Mm(3);

    /// <summary><paramref name="body"/> under the card's band (a card without label: the body alone).</summary>
    private static Element WithBand(CardSpec spec, Element body)
    {
        if (spec.Foot is { } foot)
        {
            body = new AnchoredFoot(body, foot(), BandGap);
        }

        return spec.Label is { } label ? new Column([new CardBand(label), body], BandGap) : body;
    }

    /// <summary>What band and foot take of a card's height.</summary>
    private static double FrameHeight(CardSpec spec, LayoutContext context) =>
        (spec.Label is null ? 0 : Units.Mm(CardBand.HeightMm) + BandGap) +
        (spec.Foot is { } foot ? foot().Measure(Content.Size, context).Height + BandGap : 0);

    private static Rect Content => new(0, 0, CardGeometry.ContentSize.Width, CardGeometry.ContentSize.Height);

    /// <summary>
    /// Fits the card; its foot (the timeline) is kept only where it costs nothing that matters: the same
    /// number of cards, and the text at the size it has without the foot or at least at
    /// <see cref="ComfortableFontSize"/>. Text comes before the figure, but a card whose text has room
    /// to grow gives some of that room to its timeline.
    /// </summary>
    public FittedCard Fit(RenderedCard card)
    {
        if (card.Spec.Foot is null || card.Spec.FootIsContent)
        {
            return FitAsIs(card);
        }

        var bare = FitAsIs(card with { Spec = card.Spec with { Foot = null } });
        FittedCard withFoot;
        try
        {
            withFoot = FitAsIs(card);
        }
        catch (LayoutException)
        {
            return bare;
        }

        return withFoot.Fronts.Count == bare.Fronts.Count && withFoot.FontSize >= Math.Min(bare.FontSize, ComfortableFontSize) ? withFoot : bare;
    }

    private FittedCard FitAsIs(RenderedCard card)
    {
        List<Element>? fewest = null;
        var fewestSize = 0.0;
        List<Element>? torn = null;
        var tornSize = 0.0;
        LayoutException? failure = null;
        foreach (var size in FontSizes(card.Spec.LargestFontSize))
        {
            List<Element> fronts;
            bool breaksWords;
            try
            {
                (fronts, breaksWords) = LayOutChecked(card, size);
            }
            catch (LayoutException e)
            {
                failure = e;
                continue;
            }

            // One card, but a word torn apart for want of room (a clock time in a narrow column):
            // kept only if no smaller size fits one card whole.
            if (fronts.Count == 1 && breaksWords)
            {
                if (torn is null)
                {
                    (torn, tornSize) = (fronts, size);
                }

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

        if (torn is not null && (fewest is null || fewest.Count > 1))
        {
            (fewest, fewestSize) = (torn, tornSize);
        }

        if (fewest is null)
        {
            throw new LayoutException($"{card.Spec.Name} past ook in {MinimumFontSize} pt niet op een kaart: {failure!.Message}");
        }

        if (card.Spec.Centered && fewest.Count == 1)
        {
            var body = card.Spec.Label is null ? fewest[0] : fewest[0].Children.Last();
            fewest[0] = WithBand(card.Spec, new VerticalCenter(body));
        }

        var backs = card.Back is null ? null : Backs(card, card.Back, fewest.Count);
        return new FittedCard(card.Spec, fewestSize, fewest, backs);
    }

    /// <summary>How many cards <paramref name="card"/> takes at base size <paramref name="size"/>.</summary>
    /// <remarks>Counted without the card's foot: the foot never adds a card (see <see cref="Fit"/>).</remarks>
    /// <summary>
    /// Whether <paramref name="card"/> fits one card at <paramref name="size"/> with no word torn apart
    /// (without its foot, unless the foot is content: a timeline gives way to text).
    /// </summary>
    public bool FitsWholeAt(RenderedCard card, double size)
    {
        var (fronts, breaksWords) = LayOutChecked(card.Spec.FootIsContent ? card : card with { Spec = card.Spec with { Foot = null } }, size);
        return fronts.Count == 1 && !breaksWords;
    }

    public int CardsAt(RenderedCard card, double size) => LayOut(card with { Spec = card.Spec with { Foot = null } }, size).Count;

    /// <summary>
    /// The fronts of <paramref name="card"/> at <paramref name="size"/>: the content laid out card by
    /// card until it is complete (on a throwaway canvas), then rewound for the real layout.
    /// </summary>
    private List<Element> LayOut(RenderedCard card, double size) => LayOutChecked(card, size).Fronts;

    /// <summary>The fronts, and whether any of their text had to break a word inside.</summary>
    private (List<Element> Fronts, bool BreaksWords) LayOutChecked(RenderedCard card, double size)
    {
        var theme = Theme(size);
        var content = MarkdownProducts.Layout(card.Spec.Template, card.Front, theme);
        var fronts = new List<Element> { WithBand(card.Spec, content) };
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

        var breaksWords = fronts.SelectMany(DocumentComposer.Descendants).OfType<Paragraph>().Any(p => p.BreaksInsideWord);
        foreach (var front in fronts)
        {
            front.Reset();
        }

        return (fronts, breaksWords);
    }

    /// <summary>A next card: the template's "vervolg" top, then the rest of <paramref name="content"/>.</summary>
    private static Element Continuation(RenderedCard card, PrintTheme theme, Element content, LayoutContext context)
    {
        var top = MarkdownProducts.Layout(card.Spec.Template, card.Continuation, theme);
        var topHeight = FrameHeight(card.Spec, context) + top.Measure(Content.Size, context).Height + theme.ParagraphSpacing;
        var rest = content.Measure(Content.Size with { Height = Math.Max(0, Content.Height - topHeight) }, context);
        if (rest.IsWrap)
        {
            // Nothing more would ever fit: every next card would hold only its "vervolg" top.
            throw new LayoutException($"{card.Spec.Name}: past niet op een vervolgkaart: {rest.Reason}");
        }

        return WithBand(card.Spec, new Column([top, content], theme.ParagraphSpacing));
    }

    /// <summary><paramref name="count"/> backs (one per front), at the largest size at which the back fits one card.</summary>
    private List<Element> Backs(RenderedCard card, string markdown, int count)
    {
        var context = new LayoutContext(new RecordingCanvas(), measurer) { PageContentSize = Content.Size };
        var size = FontSizes(BackFontSize).FirstOrDefault(s => Back(s).Measure(Content.Size, context).IsComplete, double.NaN);
        return double.IsNaN(size)
            ? throw new LayoutException($"{card.Spec.Name}: de achterkant past ook in {MinimumFontSize} pt niet op een kaart.")
            : [.. Enumerable.Range(0, count).Select(_ => Back(size))];

        // A new element for every card: a laid-out element remembers that it was drawn. Kept clear
        // (above and below, so it stays centred) of the deck's name at the foot of the back's panel.
        Element Back(double s)
        {
            var back = new VerticalCenter(MarkdownProducts.Layout(card.Spec.Template, markdown, Theme(s)));
            return card.Spec.Label is null ? back : new Padding(back, new Thickness(0, BackLabelRoom, 0, BackLabelRoom));
        }
    }
}
