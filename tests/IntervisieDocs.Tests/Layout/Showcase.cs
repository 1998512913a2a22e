using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

/// <summary>A document that uses every element of the layout engine, for end-to-end checks and for looking at.</summary>
internal static class Showcase
{
    private static readonly TextStyle Body = TextStyle.Body;
    private static readonly TextStyle H1 = Body.Bold().WithSize(18);
    private static readonly TextStyle H2 = Body.Bold().WithSize(13);
    private static readonly Stroke Grid = new(0.5, Color.Gray(90));

    /// <summary>Sentences that must come out of pdftotext in this order.</summary>
    public static readonly string[] Landmarks =
    [
        "Inhoud",
        "Tekst en regelafbreking",
        "Intervisie is gestructureerd collegiaal overleg",
        "Dit is vet, dit is cursief en dit is vet cursief.",
        "Lijsten",
        "Wat heb je tot nu toe al gedaan wat wel goed werkte?",
        "Tabel over meerdere pagina’s",
        "Kaders en formulieren",
        "Wat is de situatie?",
        "Gaat over een concrete situatie.",
        "Vormen en pictogrammen",
        "Afbeeldingen",
        "Pagina’s in andere formaten",
        "Een A6-kaart",
    ];

    public static DocumentModel Build()
    {
        var footer = new Func<PageInfo, Element>(info =>
            new Paragraph($"pagina {info.Number} van {info.Total}", Body.WithSize(8).WithColor(Color.Gray(70)), TextAlignment.Center));
        var header = new Func<PageInfo, Element>(info =>
            new Paragraph("IntervisieDocs – proefdocument", Body.WithSize(8).Italic().WithColor(Color.Gray(70)), TextAlignment.Right));
        var a4 = PageSetup.WithMarginsMm(PageSetup.A4, 20) with
        {
            Header = header,
            HeaderHeight = Units.Mm(10),
            Footer = footer,
            FooterHeight = Units.Mm(10),
        };

        return new DocumentModel("Proefdocument: alle elementen & “tekens”",
        [
            new Section(a4, new Column([.. Chapters()], Units.Mm(3)), "A4"),
            new Section(PageSetup.WithMarginsMm(PageSetup.A5, 15) with { Footer = footer, FooterHeight = Units.Mm(8) }, A5Page(), "A5"),
            new Section(PageSetup.WithMarginsMm(PageSetup.A6, 8), Card(), "A6"),
            new Section(PageSetup.WithMarginsMm(Size.FromMm(120, 80), 10), new Paragraph("Een eigen formaat van 120 × 80 mm.", Body), "Eigen formaat"),
        ])
        {
            Subject = "Alle elementen van de opmaakmachine",
            Keywords = "intervisie, proef",
        };
    }

    private static IEnumerable<Element> Chapters()
    {
        yield return new Heading("Proefdocument", H1, 1, "titel", inToc: false);
        yield return new Paragraph("Inhoud", H2);
        yield return new TableOfContents(Body);
        yield return new PageBreak();

        yield return new Heading("Tekst en regelafbreking", H1, 1, "tekst");
        yield return new Paragraph(
            "Intervisie is gestructureerd collegiaal overleg: een groep van vier tot zeven collega’s werkt aan de " +
            "casus van één deelnemer, in vaste stappen met een vaste tijd. De zelf\u00ADintervisie\u00ADtest helpt " +
            "bij het vinden van een werkprobleem; 15\u00A0min. is genoeg. Een heel lang woord wordt binnen het woord " +
            "afgebroken: Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt. " +
            "Tekens: ë ï é ’ “ ” – — … en een streepje-met-afbreking.", Body, TextAlignment.Justify);
        yield return new Paragraph(
        [
            new Span("Dit is ", Body), new Span("vet", Body.Bold()), new Span(", dit is ", Body),
            new Span("cursief", Body.Italic()), new Span(" en dit is ", Body), new Span("vet cursief", Body.Bold().Italic()),
            new Span(". ", Body), new Span("Groter en grijs.", Body.WithSize(13).WithColor(Color.Gray(90))),
        ]);
        yield return new Paragraph("Gecentreerd", Body, TextAlignment.Center);
        yield return new Paragraph("Rechts uitgelijnd", Body, TextAlignment.Right);
        yield return new HorizontalRule();

        yield return new Heading("Lijsten", H1, 1, "lijsten");
        yield return ListBlock.Create(
        [
            new Paragraph("Wat heb je tot nu toe al gedaan wat wel goed werkte?", Body),
            new Column(
            [
                new Paragraph("Wat wil je bereiken in deze situatie?", Body),
                ListBlock.Create(
                    [new Paragraph("een geneste vraag", Body), new Paragraph("nog een geneste vraag", Body)],
                    ListBlock.Bullets(2, "–"), Body, Units.Mm(5), 2),
            ], 2),
            new Paragraph("Wat zou je een ander adviseren over deze situatie?", Body),
        ], ListBlock.Numbers(3), Body, Units.Mm(7), 3);

        yield return new Heading("Tabel over meerdere pagina’s", H1, 1, "tabel");
        yield return new Heading("Stappen", H2, 2, "tabel-stappen");
        var columns = new[] { ColumnWidth.FixedMm(12), ColumnWidth.Relative(3), ColumnWidth.Relative(1) };
        Row Row(string a, string b, string c, bool header = false)
        {
            var style = header ? Body.Bold() : Body;
            return new Row(
                [.. new[] { a, b, c }.Select(t => (Element)new Padding(new Paragraph(t, style), Thickness.All(Units.Mm(1.5))))],
                columns, Grid, header ? Color.Gray(225) : null);
        }

        yield return new Table(
            [Row("Nr", "Wat gebeurt er en wie doet wat", "Minuten", header: true)],
            [.. Enumerable.Range(1, 45).Select(i => Row($"{i}", $"Stap {i}: de groepsleden stellen om de beurt een open vraag aan de inbrenger.", $"{i % 15 + 1} min."))]);

        yield return new Heading("Kaders en formulieren", H1, 1, "formulieren");
        yield return new Box(new Paragraph("De inbrenger gaat buiten de kring zitten en luistert.", Body), BoxStyle.Framed(), "Let op");
        yield return new Box(new Paragraph("Een grijs kader zonder rand.", Body), new BoxStyle(null, Color.Gray(235), Thickness.All(Units.Mm(3))));
        yield return new KeepTogether(new Column(
        [
            new Paragraph("Wat is de situatie?", Body.Bold()),
            new WritingLines(4),
        ], Units.Mm(1)));
        yield return new AnswerBox(35, "Wat is jouw hulp- of adviesvraag?");
        yield return new Checkbox([new Span("Gaat over een concrete situatie.", Body)]);
        yield return new Checkbox([new Span("Is een ‘hot issue’: iets wat je echt bezighoudt.", Body)], isChecked: true);

        yield return new Heading("Vormen en pictogrammen", H1, 1, "vormen");
        yield return new HeaderBand("Balintmethode", "Een casus van alle kanten bekijken", [new(PictogramKind.Clock, "90 min"), new(PictogramKind.Group, "5–8 deelnemers"), new(PictogramKind.Leader, "gespreksleider"), new(PictogramKind.Presenter, "inbrenger")]);
        yield return new Timeline(
        [
            new("1", "Inleiding", 5, Start: new TimeOnly(13, 30)),
            new("2", "Casus", 20, Start: new TimeOnly(13, 35)),
            new("3", "Vragen", 10, Repeats: 3, Start: new TimeOnly(13, 55)),
            new("4", "Extra", 10, Optional: true, Start: new TimeOnly(14, 25)),
            new("5", "Afsluiting", 5, Start: new TimeOnly(14, 35)),
        ], end: new TimeOnly(14, 40));
        yield return new Row(
            [.. Enum.GetValues<PictogramKind>().Select(k => (Element)new Pictogram(k, Units.Mm(12), Palette.Accent))],
            [.. Enum.GetValues<PictogramKind>().Select(_ => ColumnWidth.Relative())]);
        yield return new Row(
            [Shape.Circle(Units.Mm(12), Palette.Tint25, new Stroke(1, Palette.Accent)), Shape.RoundedRectangle(Units.Mm(30), Units.Mm(12), Units.Mm(3), Palette.Tint10, new Stroke(0.5, Palette.Accent)), Shape.RoundedRectangle(null, Units.Mm(12), Units.Mm(6), Palette.Tint45)],
            [ColumnWidth.FixedMm(20), ColumnWidth.FixedMm(40), ColumnWidth.Relative()]);
        yield return new PageBreak();

        yield return new Heading("Afbeeldingen", H1, 1, "afbeeldingen");
        yield return new ImageElement(ImageData.Load(TestImages.Png(64, 32), "verloop.png"), 60);
        yield return new ImageElement(ImageData.Load(TestImages.Jpeg(), "vlak-30x10.jpg"), 45);
    }

    private static Column A5Page() => new(
    [
        new Heading("Pagina’s in andere formaten", H1, 1, "formaten"),
        new Paragraph("Deze pagina is A5, met een eigen voettekst; de paginanummers lopen door.", Body),
    ], Units.Mm(3));

    private static Box Card() => new(
        new Column([new Heading("Een A6-kaart", H2, 2, "kaart"), new Paragraph("Stap 1 — Vraag introductie (5 min.)", Body)], 4),
        BoxStyle.Framed(4));
}
