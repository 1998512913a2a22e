using IntervisieDocs.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace IntervisieDocs.Pdf;

/// <summary>
/// The canvas that writes real PDF pages with PDFsharp. When <paramref name="tagged"/>, it builds the
/// structure tree of a tagged PDF (PDF/UA) with PDFsharp's <see cref="UAManager"/>: every drawing call
/// must then be inside a structure element or an artifact (PDFsharp refuses anything else).
/// </summary>
internal sealed class PdfCanvas(PdfDocument document, bool tagged = false) : ICanvas, IDisposable
{
    private readonly Dictionary<(FontFace, double, int), XFont> _fonts = [];
    private readonly Dictionary<Color, XSolidBrush> _brushes = [];
    private readonly List<(int Level, PdfOutline Outline)> _outlineStack = [];
    private readonly StructureBuilder? _structure = tagged ? UAManager.ForDocument(document).StructureBuilder : null;
    private PdfPage? _page;
    private XGraphics? _graphics;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Tekenen buiten een pagina.");

    private PdfPage Page => _page ?? throw new InvalidOperationException("Tekenen buiten een pagina.");

    public void BeginPage(Size pageSize, PageBoxes? boxes)
    {
        // The previous page's graphics stay open until the next page exists: PDFsharp closes the open
        // marked content of a structure element that continues there on the old page.
        _page = document.AddPage();
        _graphics?.Dispose();
        _page.Width = XUnit.FromPoint(pageSize.Width);
        _page.Height = XUnit.FromPoint(pageSize.Height);
        if (boxes is not null)
        {
            _page.TrimBox = ToPdf(boxes.TrimBox);
            _page.BleedBox = ToPdf(boxes.BleedBox);
        }

        if (tagged)
        {
            _page.Elements["/Tabs"] = new PdfName("/S"); // Tab order follows the structure.
        }

        _graphics = XGraphics.FromPdfPage(_page);
    }

    public void EndPage()
    {
        if (!tagged)
        {
            _graphics?.Dispose();
            _graphics = null;
        }
    }

    public void DrawText(string text, TextStyle style, double x, double baselineY, double width)
    {
        if (FontSetup.AllInLato(text))
        {
            Graphics.DrawString(text, Font(style), Brush(style.Color), x, baselineY, XStringFormats.BaseLineLeft);
            return;
        }

        // Runs of characters from one font each, side by side: Lato, and a fallback for what Lato lacks.
        var brush = Brush(style.Color);
        for (var start = 0; start < text.Length;)
        {
            var font = FontSetup.FontFor(text[start]);
            var end = start + 1;
            while (end < text.Length && FontSetup.FontFor(text[end]) == font)
            {
                end++;
            }

            var run = text[start..end];
            var xfont = Font(style, font);
            Graphics.DrawString(run, xfont, brush, x, baselineY, XStringFormats.BaseLineLeft);
            x += Graphics.MeasureString(run, xfont).Width;
            start = end;
        }
    }

    public void DrawLine(double x1, double y1, double x2, double y2, Stroke stroke) =>
        Graphics.DrawLine(Pen(stroke), x1, y1, x2, y2);

    public void DrawRectangle(Rect rect, Color? fill, Stroke? stroke)
    {
        var r = new XRect(rect.X, rect.Y, rect.Width, rect.Height);
        switch (fill, stroke)
        {
            case ({ } f, { } s):
                Graphics.DrawRectangle(Pen(s), Brush(f), r);
                break;
            case ({ } f, null):
                Graphics.DrawRectangle(Brush(f), r);
                break;
            case (null, { } s):
                Graphics.DrawRectangle(Pen(s), r);
                break;
        }
    }

    public void DrawImage(ImageData image, Rect rect)
    {
        using var stream = new MemoryStream(image.Bytes, writable: false);
        using var xImage = XImage.FromStream(stream);
        Graphics.DrawImage(xImage, rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void DrawPath(VectorPath path, Color? fill, Stroke? stroke)
    {
        if (fill is null && stroke is null)
        {
            return;
        }

        var shape = new XGraphicsPath { FillMode = XFillMode.Winding };
        var current = new XPoint(0, 0);
        var figureOpen = false;
        foreach (var segment in path.Segments)
        {
            switch (segment)
            {
                case MoveSegment m:
                    if (figureOpen)
                    {
                        shape.StartFigure();
                    }

                    current = new XPoint(m.To.X, m.To.Y);
                    figureOpen = true;
                    break;
                case LineSegment l:
                    var to = new XPoint(l.To.X, l.To.Y);
                    shape.AddLine(current, to);
                    current = to;
                    break;
                case CurveSegment c:
                    var end = new XPoint(c.To.X, c.To.Y);
                    shape.AddBezier(current, new XPoint(c.Control1.X, c.Control1.Y), new XPoint(c.Control2.X, c.Control2.Y), end);
                    current = end;
                    break;
                case CloseSegment:
                    shape.CloseFigure();
                    figureOpen = false;
                    break;
            }
        }

        switch (fill, stroke)
        {
            case ({ } f, { } s):
                Graphics.DrawPath(Pen(s), Brush(f), shape);
                break;
            case ({ } f, null):
                Graphics.DrawPath(Brush(f), shape);
                break;
            case (null, { } s):
                Graphics.DrawPath(Pen(s), shape);
                break;
        }
    }

    public void AddDestination(string name, double y)
    {
        // Links resolve to page numbers found in the first pass; nothing to write here.
    }

    /// <summary>
    /// Nests by heading level: a bookmark goes under the nearest earlier one of a lower level, so two
    /// level-2 headings are siblings also when no level-1 heading comes before them.
    /// </summary>
    public void AddBookmark(string title, int level, string destination)
    {
        while (_outlineStack.Count > 0 && _outlineStack[^1].Level >= level)
        {
            _outlineStack.RemoveAt(_outlineStack.Count - 1);
        }

        var collection = _outlineStack.Count == 0 ? document.Outlines : _outlineStack[^1].Outline.Outlines;
        var outline = collection.Add(title, Page, opened: _outlineStack.Count == 0);
        _outlineStack.Add((level, outline));
    }

    public void AddLink(Rect area, string destination, int targetPage) =>
        Page.AddDocumentLink(ToPdf(area), targetPage);

    public void BeginTag(StructureTag tag, Rect bounds)
    {
        if (_structure is not { } sb)
        {
            if (tag.Role == StructureRole.Link)
            {
                AddLink(bounds, tag.Destination ?? "", tag.TargetPage);
            }

            return;
        }

        switch (tag.Role)
        {
            case StructureRole.Artifact:
                sb.BeginArtifact();
                break;
            case StructureRole.Sect:
                sb.BeginElement(PdfGroupingElementTag.Section);
                break;
            case StructureRole.Div:
                sb.BeginElement(PdfGroupingElementTag.Division);
                break;
            case StructureRole.TOC:
                sb.BeginElement(PdfGroupingElementTag.TableOfContents);
                break;
            case StructureRole.TOCI:
                sb.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                break;
            case StructureRole.Span:
                sb.BeginElement(PdfInlineLevelElementTag.Span);
                if (tag.Language is { } language)
                {
                    sb.CurrentStructureElement.Elements["/Lang"] = new PdfString(language);
                }

                break;
            case StructureRole.Figure:
                sb.BeginElement(PdfIllustrationElementTag.Figure, tag.Alt ?? "", new XRect(bounds.X, bounds.Y, bounds.Width, bounds.Height));
                break;
            case StructureRole.Link:
                // Not added to the page here: the structure builder adds it, with its object reference (OBJR).
                var annotation = PdfLinkAnnotation.CreateDocumentLink(ToPdf(bounds), tag.TargetPage);
                annotation.Contents = tag.Alt ?? "";
                sb.BeginElement(annotation, tag.Alt ?? "");
                break;
            default:
                sb.BeginElement(Block(tag.Role));
                if (tag.Role == StructureRole.TH)
                {
                    var attributes = new PdfDictionary(document);
                    attributes.Elements["/O"] = new PdfName("/Table");
                    attributes.Elements["/Scope"] = new PdfName("/Column");
                    sb.CurrentStructureElement.Elements["/A"] = attributes;
                }

                break;
        }
    }

    public void EndTag() => _structure?.End();

    public void Dispose() => _graphics?.Dispose();

    private static PdfBlockLevelElementTag Block(StructureRole role) => role switch
    {
        StructureRole.P => PdfBlockLevelElementTag.Paragraph,
        StructureRole.H1 => PdfBlockLevelElementTag.Heading1,
        StructureRole.H2 => PdfBlockLevelElementTag.Heading2,
        StructureRole.H3 => PdfBlockLevelElementTag.Heading3,
        StructureRole.H4 => PdfBlockLevelElementTag.Heading4,
        StructureRole.H5 => PdfBlockLevelElementTag.Heading5,
        StructureRole.H6 => PdfBlockLevelElementTag.Heading6,
        StructureRole.L => PdfBlockLevelElementTag.List,
        StructureRole.LI => PdfBlockLevelElementTag.ListItem,
        StructureRole.Lbl => PdfBlockLevelElementTag.Label,
        StructureRole.LBody => PdfBlockLevelElementTag.ListBody,
        StructureRole.Table => PdfBlockLevelElementTag.Table,
        StructureRole.TR => PdfBlockLevelElementTag.TableRow,
        StructureRole.TH => PdfBlockLevelElementTag.TableHeaderCell,
        StructureRole.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Geen blokelement."),
    };

    private PdfRectangle ToPdf(Rect rect)
    {
        var height = Page.Height.Point;
        return new PdfRectangle(new XPoint(rect.X, height - rect.Bottom), new XPoint(rect.Right, height - rect.Y));
    }

    /// <param name="font">0 for Lato, 1 … for a fallback (<see cref="FontSetup.FontFor"/>).</param>
    private XFont Font(TextStyle style, int font = 0)
    {
        if (!_fonts.TryGetValue((style.Face, style.Size, font), out var xfont))
        {
            xfont = FontSetup.CreateFont(style.Face, style.Size, font);
            _fonts[(style.Face, style.Size, font)] = xfont;
        }

        return xfont;
    }

    private XSolidBrush Brush(Color color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            _brushes[color] = brush;
        }

        return brush;
    }

    private static XPen Pen(Stroke stroke)
    {
        var pen = new XPen(XColor.FromArgb(stroke.Color.R, stroke.Color.G, stroke.Color.B), stroke.Width);
        if (stroke.Dash > 0)
        {
            pen.DashPattern = [stroke.Dash / stroke.Width, stroke.Dash / stroke.Width];
        }

        return pen;
    }
}
