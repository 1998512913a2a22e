namespace IntervisieDocs.Layout;

/// <summary>
/// The one paging loop. Lays a document out twice: a first pass on a recording canvas finds every
/// page number (total pages, where each heading landed); the second pass draws on the real canvas
/// with those numbers, so "pagina x van y" and the table of contents are right.
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
        var firstPass = new RecordingCanvas();
        var first = new LayoutContext(firstPass, measurer);
        var sectionPages = Run(document, first, null);

        ResetAll(document);
        var final = new LayoutContext(canvas, measurer)
        {
            TotalPages = firstPass.Pages.Count,
            Destinations = firstPass.Destinations,
        };
        Run(document, final, sectionPages);
        ResetAll(document);
    }

    /// <summary>What a page left blank for duplex printing says, so nobody thinks a page is missing.</summary>
    public const string BlankPageText = "Deze pagina is bewust leeg gelaten.";

    /// <summary>The destination on the first page of section <paramref name="index"/> (0-based): for its bookmark, and to find where it starts.</summary>
    public static string SectionAnchor(int index) => $"sectie-{index + 1}";

    /// <returns>The pages of each section (without blank pages put between sections).</returns>
    private static List<int> Run(DocumentModel document, LayoutContext context, IReadOnlyList<int>? knownSectionPages)
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
                context.PageContentSize = body.Size;
                var plan = section.Content.Measure(body.Size, context);
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
