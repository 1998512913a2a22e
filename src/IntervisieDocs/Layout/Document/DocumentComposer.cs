namespace IntervisieDocs.Layout;

/// <summary>
/// The one paging loop. Lays a document out twice: a first pass on a recording canvas finds every
/// page number (total pages, where each heading landed); the second pass draws on the real canvas
/// with those numbers, so "pagina x van y" and the table of contents are right. Between them, stub
/// pages are rebalanced: when a page's content ends in its top quarter (a few lines spilled over from
/// the page before), the page before is offered less height, so that more of it moves on; a trial
/// pass keeps that only when it leaves fewer stubs and no more pages.
/// </summary>
internal static class DocumentComposer
{
    /// <summary>No real document comes near this; a runaway layout stops here with an error.</summary>
    public const int MaxPages = 5000;

    public static void Compose(DocumentModel document, ICanvas canvas, ITextMeasurer measurer)
    {
        var entries = CollectHeadings(document).ToList();
        foreach (var toc in document.Sections.SelectMany(s => Descendants(s.Content)).OfType<TableOfContents>())
        {
            toc.SetEntries(entries);
        }

        StructureLevels(document);
        var growing = document.Sections.SelectMany(s => Descendants(s.Content)).OfType<WritingLines>().Where(w => w.Grows).ToList();
        foreach (var lines in growing)
        {
            lines.Extra = 0;
        }

        var limits = new Dictionary<int, double>();
        var (firstPass, pages) = FirstPass(document, measurer, limits);
        (firstPass, pages) = Rebalance(document, measurer, limits, firstPass, pages);
        (firstPass, pages) = Grow(document, measurer, limits, growing, firstPass, pages);

        var final = new LayoutContext(canvas, measurer)
        {
            TotalPages = firstPass.PageCount,
            Destinations = firstPass.Destinations,
        };
        Run(document, final, pages.SectionPages, limits);
        ResetAll(document);
    }

    /// <summary>
    /// Below this share of its body height a page that continues its section is a stub: content that
    /// ends in the top quarter, with a margin for the leading under the last line.
    /// </summary>
    public const double StubShare = 0.3;

    /// <summary>What a rebalanced stub page is filled to at least: clearly more than a stub.</summary>
    private const double RebalancedShare = 0.4;

    /// <summary>At most this many trial passes per document, so a stubborn case costs little.</summary>
    private const int MaxRebalanceTrials = 12;

    /// <summary>How a pass filled its pages.</summary>
    private sealed record PassResult(List<int> SectionPages, List<PageFill> Pages)
    {
        public int Stubs => Pages.Count(p => p.IsStub);
    }

    /// <param name="Number">The page in the document (1-based).</param>
    /// <param name="Used">The height its content took.</param>
    /// <param name="Body">The full body height of its page setup.</param>
    /// <param name="FirstOfSection">True for the first page of a section: there is no page before it to take from.</param>
    private readonly record struct PageFill(int Number, double Used, double Body, bool FirstOfSection)
    {
        public bool IsStub => !FirstOfSection && Used < Body * StubShare;
    }

    private static (CountingCanvas Canvas, PassResult Result) FirstPass(DocumentModel document, ITextMeasurer measurer, IReadOnlyDictionary<int, double> limits)
    {
        var recording = new CountingCanvas();
        var fills = new List<PageFill>();
        var sectionPages = Run(document, new LayoutContext(recording, measurer), null, limits, fills);
        ResetAll(document);
        return (recording, new PassResult(sectionPages, fills));
    }

    /// <summary>
    /// For each stub page in turn, offers the page before it less height (so that the stub is filled to
    /// about two fifths) and keeps that limit when a trial pass has fewer stubs and no more pages. Content
    /// only moves to a later page, under the same rules (widows, orphans, headings, table totals), so
    /// nothing is lost or clipped.
    /// </summary>
    private static (CountingCanvas, PassResult) Rebalance(
        DocumentModel document, ITextMeasurer measurer, Dictionary<int, double> limits, CountingCanvas canvas, PassResult result)
    {
        var tried = new HashSet<int>();
        for (var trial = 0; trial < MaxRebalanceTrials; trial++)
        {
            var stub = result.Pages.FirstOrDefault(p => p.IsStub && !tried.Contains(p.Number));
            if (stub == default)
            {
                break;
            }

            tried.Add(stub.Number);
            var before = result.Pages.First(p => p.Number == stub.Number - 1);
            var limit = before.Used - ((stub.Body * RebalancedShare) - stub.Used);
            if (limit < before.Body * RebalancedShare)
            {
                continue; // Together less than two thirds of a page: moving lines would only make the page before the stub.
            }

            var candidate = new Dictionary<int, double>(limits) { [before.Number] = limit };
            var (trialCanvas, trialResult) = FirstPass(document, measurer, candidate);
            if (trialResult.Stubs < result.Stubs && trialCanvas.PageCount <= canvas.PageCount)
            {
                limits[before.Number] = limit;
                (canvas, result) = (trialCanvas, trialResult);
            }
        }

        return (canvas, result);
    }

    /// <summary>
    /// Gives the free space at the foot of each page to the growing writing lines on it (the main
    /// answers of a form, <c>[[schrijfregels 5+]]</c>): as many lines more as fit, shared out in order.
    /// All pages at once first; when that moves anything (more pages, or lines on another page), page
    /// by page, keeping only what moves nothing.
    /// </summary>
    private static (CountingCanvas, PassResult) Grow(
        DocumentModel document, ITextMeasurer measurer, IReadOnlyDictionary<int, double> limits, List<WritingLines> growing, CountingCanvas canvas, PassResult result)
    {
        if (growing.Count == 0)
        {
            return (canvas, result);
        }

        var additions = new List<Dictionary<WritingLines, int>>();
        foreach (var page in result.Pages)
        {
            var here = growing.Where(w => w.Pages.First == page.Number && w.Pages.Last == page.Number).ToList();
            if (here.Count == 0)
            {
                continue;
            }

            var height = limits.TryGetValue(page.Number, out var limit) ? Math.Min(limit, page.Body) : page.Body;
            var lines = (int)Math.Floor((height - page.Used + Units.Epsilon) / here.Max(w => w.Spacing));
            if (lines > 0)
            {
                additions.Add(here.Select((w, i) => (w, n: (lines / here.Count) + (i < lines % here.Count ? 1 : 0))).Where(a => a.n > 0).ToDictionary(a => a.w, a => a.n));
            }
        }

        if (additions.Count == 0)
        {
            return (canvas, result);
        }

        if (TryGrow(additions.SelectMany(a => a).ToDictionary(), document, measurer, limits, growing, canvas) is { } all)
        {
            return all;
        }

        foreach (var addition in additions)
        {
            if (TryGrow(addition, document, measurer, limits, growing, canvas) is { } grown)
            {
                (canvas, result) = grown;
            }
        }

        return (canvas, result);
    }

    /// <summary>A pass with these lines added, or null (and the lines as they were) when it moves anything.</summary>
    private static (CountingCanvas, PassResult)? TryGrow(
        Dictionary<WritingLines, int> addition, DocumentModel document, ITextMeasurer measurer, IReadOnlyDictionary<int, double> limits, List<WritingLines> growing, CountingCanvas canvas)
    {
        var before = growing.Select(w => w.Pages).ToList();
        foreach (var (lines, n) in addition)
        {
            lines.Extra += n;
        }

        var (trialCanvas, trialResult) = FirstPass(document, measurer, limits);
        if (trialCanvas.PageCount == canvas.PageCount && growing.Select(w => w.Pages).SequenceEqual(before))
        {
            return (trialCanvas, trialResult);
        }

        foreach (var (lines, n) in addition)
        {
            lines.Extra -= n;
        }

        foreach (var (lines, pages) in growing.Zip(before))
        {
            lines.Pages = pages;
        }

        return null;
    }

    /// <summary>What a page left blank for duplex printing says, so nobody thinks a page is missing.</summary>
    public const string BlankPageText = "Deze pagina is bewust leeg gelaten.";

    /// <summary>The destination on the first page of section <paramref name="index"/> (0-based): for its bookmark, and to find where it starts.</summary>
    public static string SectionAnchor(int index) => $"sectie-{index + 1}";

    /// <returns>The pages of each section (without blank pages put between sections).</returns>
    /// <param name="limits">Pages (by number) whose content may take at most this height, to rebalance a stub after them.</param>
    /// <param name="fills">Collects how each page was filled, when given.</param>
    private static List<int> Run(
        DocumentModel document, LayoutContext context, IReadOnlyList<int>? knownSectionPages, IReadOnlyDictionary<int, double> limits, List<PageFill>? fills = null)
    {
        var page = 0;
        var counts = new List<int>();
        foreach (var (section, index) in document.Sections.Select((s, i) => (s, i)))
        {
            var setup = section.Page;
            if (section.StartsOnOddPage && page % 2 == 1)
            {
                page++;
                BlankPage(setup, context);
            }

            context.SectionPages = knownSectionPages?[index] ?? 0;
            context.OutlineOffset = section.OutlineOffset;
            var body = setup.BodyArea;
            if (body.Height <= 0 || body.Width <= 0)
            {
                throw new LayoutException($"Sectie \"{section.Title}\": marges, kop- en voettekst laten geen ruimte over op de pagina.");
            }

            var pageInSection = 0;
            var emptyPagesInARow = 0;
            while (true)
            {
                context.PageNumber = page + 1;
                context.PageContentSize = setup.BodyArea.Size;
                body = setup.BodyArea;
                var plan = section.Content.Measure(body.Size, context);
                if (limits.TryGetValue(page + 1, out var limit) && limit < body.Height && plan.IsPartial)
                {
                    // Rebalancing: less on this page so that the stub after it gets more. Only when
                    // something still fits; otherwise the page keeps its full height.
                    var limited = body with { Height = limit };
                    var shorter = section.Content.Measure(limited.Size, context);
                    if (shorter.IsPartial && shorter.Height > Units.Epsilon)
                    {
                        (body, plan) = (limited, shorter);
                    }
                }

                if (plan.IsWrap)
                {
                    throw new LayoutException($"Pagina {page + 1}: {plan.Reason}");
                }

                if (plan.IsEmpty && pageInSection > 0)
                {
                    break;
                }

                page++;
                pageInSection++;
                fills?.Add(new PageFill(page, plan.Height, setup.BodyArea.Height, pageInSection == 1));
                if (page > MaxPages)
                {
                    throw new LayoutException($"Meer dan {MaxPages} pagina's: de opmaak komt niet tot een einde.");
                }

                context.PageInSection = pageInSection;
                context.Canvas.BeginPage(setup.PageSize, setup.Boxes);
                context.Structure.Open(section, StructureTag.Section, body);
                if (pageInSection == 1)
                {
                    context.Canvas.AddDestination(SectionAnchor(index), body.Y);
                    if (section.Bookmark is { } bookmark)
                    {
                        context.Canvas.AddBookmark(bookmark, section.BookmarkLevel, SectionAnchor(index));
                    }
                }

                DrawBand(setup.Header, setup.HeaderArea, section, context);
                section.Content.Draw(body, context);
                DrawBand(setup.Footer, setup.FooterArea, section, context);
                if (plan.IsComplete)
                {
                    context.Structure.CloseTo(0);
                    context.Canvas.EndPage();
                    break;
                }

                context.Canvas.EndPage();

                emptyPagesInARow = plan.Height <= Units.Epsilon ? emptyPagesInARow + 1 : 0;
                if (emptyPagesInARow > 1)
                {
                    throw new LayoutException($"Pagina {page}: de inhoud komt niet verder ({section.Content.Describe()}).");
                }
            }

            context.Structure.CloseTo(0);
            counts.Add(pageInSection);
        }

        context.OutlineOffset = 0;
        return counts;
    }

    /// <summary>A page of the next section's size with only <see cref="BlankPageText"/>, small, in the middle.</summary>
    private static void BlankPage(PageSetup setup, LayoutContext context)
    {
        context.Canvas.BeginPage(setup.PageSize, setup.Boxes);
        using var artifact = context.Structure.Artifact();
        var style = new TextStyle(FontFace.Italic, 8, Palette.Muted);
        var width = context.Measurer.Width(BlankPageText, style);
        context.Canvas.DrawText(BlankPageText, style, (setup.PageSize.Width - width) / 2, setup.PageSize.Height / 2, width);
        context.Canvas.EndPage();
    }

    private static void DrawBand(Func<PageInfo, Element>? factory, Rect area, Section section, LayoutContext context)
    {
        if (factory is null || area.Height <= 0)
        {
            return;
        }

        // Running heads, footers and page numbers are artifacts: a screen reader skips them.
        using var artifact = context.Structure.Artifact();
        var element = factory(new PageInfo(context.PageNumber, context.TotalPages, section.Title)
        {
            NumberInSection = context.PageInSection,
            SectionPages = context.SectionPages,
        });
        var plan = element.Measure(area.Size, context);
        if (!plan.IsComplete)
        {
            throw new LayoutException($"Kop- of voettekst past niet in {Units.ToMm(area.Height):0.#} mm: {plan.Reason ?? element.Describe()}");
        }

        element.Draw(area, context);
    }

    /// <summary>
    /// The structure tree's heading levels follow the outline without skipping (PDF/UA): a heading
    /// styled three levels below the previous one is tagged one below it. The look stays the template's.
    /// </summary>
    private static void StructureLevels(DocumentModel document)
    {
        var previous = 0;
        foreach (var heading in document.Sections.SelectMany(s => Descendants(s.Content)).OfType<Heading>())
        {
            var level = Math.Min(heading.Level, previous + 1);
            heading.Tag = StructureTag.Heading(level);
            previous = level;
        }
    }

    private static IEnumerable<TocEntry> CollectHeadings(DocumentModel document) =>
        document.Sections
            .SelectMany(s => Descendants(s.Content))
            .OfType<Heading>()
            .Where(h => h.InToc)
            .Select(h => new TocEntry(h.Title, h.Anchor, h.Level));

    public static IEnumerable<Element> Descendants(Element root)
    {
        var stack = new Stack<Element>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var child in element.Children.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private static void ResetAll(DocumentModel document)
    {
        foreach (var section in document.Sections)
        {
            section.Content.Reset();
        }
    }
}
