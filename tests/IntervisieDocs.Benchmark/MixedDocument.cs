using IntervisieDocs.Layout;

namespace IntervisieDocs.Benchmark;

/// <summary>An A5 document of mixed content (headings, justified text, lists, tables, forms) of about the asked size.</summary>
internal static class MixedDocument
{
    private static readonly TextStyle Body = new(FontFace.Regular, 9.5, Color.Black);
    private static readonly string[] Words =
        ["intervisie", "casus", "inbrenger", "gespreksleider", "vraag", "stap", "groep", "reflectie", "advies",
         "oplossing", "werkprobleem", "collega’s", "perspectief", "actieplan", "ervaring", "één", "ideeën", "zelf-intervisietest"];

    public static DocumentModel Build(int chapters)
    {
        var random = new Random(42);
        var content = new List<Element> { new TableOfContents(Body), new PageBreak() };
        for (var c = 1; c <= chapters; c++)
        {
            content.Add(new Heading($"Hoofdstuk {c}: {Sentence(random, 3)}", Body.Bold().WithSize(14), 1, $"h{c}"));
            content.Add(new Paragraph(Sentence(random, 120), Body, TextAlignment.Justify));
            content.Add(ListBlock.Create(
                [.. Enumerable.Range(0, 4).Select(_ => (Element)new Paragraph(Sentence(random, 14), Body))],
                ListBlock.Numbers(4), Body, Units.Mm(6), 2));
            content.Add(new Heading($"Stappen {c}", Body.Bold().WithSize(11), 2, $"s{c}"));
            content.Add(Table(random));
            content.Add(new Box(new Paragraph(Sentence(random, 40), Body.Italic()), BoxStyle.Framed(), "Let op"));
            content.Add(new KeepTogether(new Column([new Paragraph("Wat is de situatie?", Body.Bold()), new WritingLines(4)], 2)));
        }

        var page = PageSetup.WithMarginsMm(PageSetup.A5, 14) with
        {
            FooterHeight = Units.Mm(8),
            Footer = info => new Paragraph($"pagina {info.Number} van {info.Total}", Body.WithSize(7.5), TextAlignment.Center),
        };
        return new DocumentModel("Benchmark", [new Section(page, new Column(content, Units.Mm(2.5)))]);
    }

    private static Table Table(Random random)
    {
        ColumnWidth[] columns = [ColumnWidth.FixedMm(8), ColumnWidth.Relative(), ColumnWidth.FixedMm(14)];
        var grid = new Stroke(0.5, Color.Gray(90));
        Row Row(string a, string b, string c, Color? fill = null) => new(
            [.. new[] { a, b, c }.Select(t => (Element)new Padding(new Paragraph(t, Body), Thickness.All(3)))], columns, grid, fill);
        return new Table(
            [Row("Nr", "Wat gebeurt er", "Min", Color.Gray(225))],
            [.. Enumerable.Range(1, 6).Select(i => Row($"{i}", Sentence(random, 18), $"{random.Next(1, 20)} min."))]);
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
