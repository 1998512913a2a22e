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
        Run(document, first);

        ResetAll(document);
        var final = new LayoutContext(canvas, measurer)
        {
            TotalPages = firstPass.Pages.Count,
            Destinations = firstPass.Destinations,
        };
        Run(document, final);
        ResetAll(document);
    }

    private static void Run(DocumentModel document, LayoutContext context)
    {
        var page = 0;
        foreach (var section in document.Sections)
        {
            var setup = section.Page;
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

                context.Canvas.BeginPage(setup.PageSize, setup.Boxes);
                context.Structure.Open(section, StructureTag.Section, body);
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
        }
    }

    private static void DrawBand(Func<PageInfo, Element>? factory, Rect area, Section section, LayoutContext context)
    {
        if (factory is null || area.Height <= 0)
        {
            return;
        }

        // Running heads, footers and page numbers are artifacts: a screen reader skips them.
        using var artifact = context.Structure.Artifact();
        var element = factory(new PageInfo(context.PageNumber, context.TotalPages, section.Title));
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
