using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

var body = TextStyle.Body;
var children = new List<Element>
{
    new Heading("Intervisie – één “schatkist” … met ë en ï", body.Bold().WithSize(16), 1, "h1"),
    new TableOfContents(body),
    new Paragraph("Dit is een test van de zelf\u00ADintervisie\u00ADtest en een lang woord: Donaudampfschifffahrtsgesellschaftskapitänswitwe. " + string.Join(" ", Enumerable.Repeat("Intervisie is gestructureerd collegiaal overleg.", 20)), body, TextAlignment.Justify),
    new Heading("Tweede hoofdstuk", body.Bold().WithSize(14), 1, "h2"),
    new WritingLines(5),
    new AnswerBox(30, "Wat is de situatie?"),
    new Checkbox([new Span("Gaat over een concrete situatie.", body)]),
    new Box(new Paragraph("Inhoud van een kader met tekst.", body), BoxStyle.Framed(), "Kader"),
};
var doc = new DocumentModel("Test & <proef>", [new Section(PageSetup.WithMarginsMm(PageSetup.A5, 15) with
{
    FooterHeight = 20,
    Footer = p => new Paragraph($"pagina {p.Number} van {p.Total}", body.WithSize(8), TextAlignment.Center),
}, new Column(children, 6))]);
var bytes = PdfRenderer.Render(doc);
File.WriteAllBytes(args.Length > 0 ? args[0] : "/tmp/test.pdf", bytes);
Console.WriteLine($"{bytes.Length} bytes");
