using System.Globalization;
using System.Text.RegularExpressions;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Tests.Products;

namespace IntervisieDocs.Tests.EndToEnd;

/// <summary>Real card PDFs, checked with qpdf and poppler; they stay in output/ to look at.</summary>
[Trait("Category", "E2E")]
public sealed partial class CardPdfTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private string Write(Product product)
    {
        Directory.CreateDirectory(RepoPaths.Output);
        var path = Path.Join(RepoPaths.Output, $"e2e-{product.FileName}.pdf");
        File.WriteAllBytes(path, PdfRenderer.Render(product.Document));
        return path;
    }

    [Fact]
    public void Sheets_of_four_are_valid_A4_pdf_with_embedded_fonts_and_the_cards_text_in_order()
    {
        var pdf = Write(cards.MethodCards("reflecting-team", new CardOptions(Backs: true)));

        PdfTools.CheckStructure(pdf);
        PdfTools.CheckFontsEmbedded(pdf);
        Assert.Equal(6, PdfTools.PageCount(pdf));
        Assert.Matches(@"Page size:\s+595.276 x 841.89 pts \(A4\)", PdfTools.Run("pdfinfo", pdf).Output);
        string[][] fronts =
        [
            ["Overzicht", "0:00–0:05 1 Vraag introductie 5", "Totaal: 40 min."],
            ["Stap 1 · Vraag introductie", "5 min", "Doel: de leervraag"],
            ["Stap 2 · Verkenning", "De teamleden noteren:"],
            ["Stap 2 (vervolg)", "Wat werkte al in de richting van de gewenste situatie?"],
        ];
        for (var slot = 0; slot < 4; slot++)
        {
            PdfTools.AssertInOrder(CardText(pdf, 1, CardSheet.Front(slot)), ["Oplossingsgericht reflecting team", .. fronts[slot]]);
        }

        // On the back sheet each card's back is behind its front: mirrored left to right.
        // Each back names its deck at the foot, so a dropped card goes back on the right pile.
        const string Team = "Oplossingsgericht reflecting team";
        Assert.Equal($"{Team} Overzicht Stappen en tijden OVERZICHT {Team}", CardText(pdf, 2, CardSheet.Back(0)));
        Assert.Equal($"{Team} Stap 1 Vraag introductie STAPKAART {Team}", CardText(pdf, 2, CardSheet.Back(1)));
        Assert.Equal($"{Team} Stap 2 Verkenning STAPKAART {Team}", CardText(pdf, 2, CardSheet.Back(3)));
        Assert.Equal($"{Team} Stap 1 Vraag introductie STAPKAART {Team}", CardText(pdf, 2, CardSheet.Front(0)));
        Assert.Equal("", CardText(pdf, 6, CardSheet.Back(3)));
    }

    [Fact]
    public void Print_shop_pdf_has_the_trim_and_bleed_boxes_on_every_page()
    {
        var pdf = Write(cards.MethodCards("socratische-methode", new CardOptions(PrintShop: true, Backs: true)));

        PdfTools.CheckStructure(pdf);
        PdfTools.CheckFontsEmbedded(pdf);
        var pages = PdfTools.PageCount(pdf);
        Assert.Equal(2 * 23, pages); // overview, 13 steps, 3 roles, 6 "vervolg" cards; each with its back

        var boxes = PdfTools.Run("pdfinfo", "-box", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf).Output;
        for (var page = 1; page <= pages; page++)
        {
            // In points: media 131 × 174 mm; trim = the A6 card 13 mm in; bleed = trim + 3 mm.
            Assert.Equal([0, 0, 371.34, 493.23], Box(boxes, page, "MediaBox"));
            Assert.Equal([36.85, 36.85, 334.49, 456.38], Box(boxes, page, "TrimBox"));
            Assert.Equal([28.35, 28.35, 342.99, 464.88], Box(boxes, page, "BleedBox"));
        }

        Assert.Equal(Mm(13), Box(boxes, 1, "TrimBox")[0], 2);
        Assert.Equal(Mm(13 + 105), Box(boxes, 1, "TrimBox")[2], 2);
        Assert.Equal(Mm(10 + 154), Box(boxes, 1, "BleedBox")[3], 2);
    }

    [Fact]
    public void Question_cards_have_every_question_once()
    {
        var bank = cards.Data.FindQuestionBank("zelf-intervisietest")!;
        var pdf = Write(cards.QuestionCards(bank.Id));

        PdfTools.CheckStructure(pdf);
        PdfTools.CheckFontsEmbedded(pdf);
        Assert.Equal(3, PdfTools.PageCount(pdf)); // title card + 11 questions
        var text = Flat(PdfTools.Text(pdf));
        foreach (var question in bank.Questions)
        {
            Assert.Equal(1, Regex.Count(text, Regex.Escape(Flat(question))));
        }

        Assert.Contains("Vraag 11 van 11", text);
    }

    [Fact]
    public void The_method_deck_has_all_19_methods_once_each_with_its_steps_on_the_back()
    {
        var pdf = Write(cards.AllMethodCards(new CardOptions(PrintShop: true, Backs: true)));

        PdfTools.CheckStructure(pdf);
        PdfTools.CheckFontsEmbedded(pdf);
        Assert.Equal(19, cards.Data.Methods.Count);
        Assert.Equal(2 * 19, PdfTools.PageCount(pdf));
        for (var i = 0; i < 19; i++)
        {
            var method = cards.Data.Methods[i];
            var front = Flat(PdfTools.Run("pdftotext", "-f", $"{(2 * i) + 1}", "-l", $"{(2 * i) + 1}", pdf, "-").Output);
            var back = Flat(PdfTools.Run("pdftotext", "-f", $"{(2 * i) + 2}", "-l", $"{(2 * i) + 2}", pdf, "-").Output);
            Assert.Contains(Printed(method.Title), front);
            Assert.Contains($"METHODEKAART {CardDeck.MethodDeckSource}", front);
            Assert.Contains(Printed(method.Steps[^1].Title), back);
        }

        // The whole deck names 19 methods, from its text alone.
        var text = Flat(PdfTools.Text(pdf));
        Assert.Equal(19, cards.Data.Methods.Select(m => Printed(m.Title)).Distinct().Count(text.Contains));
    }

    [Fact]
    public void A_600_word_step_is_all_in_the_pdf_once_with_a_vervolg_card()
    {
        var pdf = Write(cards.MethodCards(LongSteps.Method(600), new CardOptions(PrintShop: true)));

        PdfTools.CheckStructure(pdf);
        var text = PdfTools.Text(pdf);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        Assert.Equal(LongSteps.Words(600), words);
        Assert.Contains("Stap 1 (vervolg)", text);
    }

    /// <summary>The text pdftotext finds inside <paramref name="area"/> (points; at 72 dpi a pixel is a point).</summary>
    private static string CardText(string pdf, int page, IntervisieDocs.Layout.Rect area)
    {
        string[] arguments =
        [
            "-f", $"{page}", "-l", $"{page}", "-r", "72",
            "-x", $"{(int)Math.Ceiling(area.X)}", "-y", $"{(int)Math.Ceiling(area.Y)}",
            "-W", $"{(int)Math.Floor(area.Width) - 1}", "-H", $"{(int)Math.Floor(area.Height) - 1}",
            pdf, "-",
        ];
        return Flat(PdfTools.Run("pdftotext", arguments).Output);
    }

    /// <summary>Data text as printed: with typographic punctuation, one line.</summary>
    private static string Printed(string text) => Flat(IntervisieDocs.Typography.DutchPunctuation.Apply(text).Replace('\u00A0', ' '));

    private static double Mm(double mm) => Math.Round(mm * 72 / 25.4, 2);

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The four numbers of "Page    3 TrimBox:  36.85 …" in pdfinfo -box output.</summary>
    private static double[] Box(string pdfinfo, int page, string box)
    {
        var line = pdfinfo.Split('\n').Single(l => Regex.IsMatch(l, $@"^Page\s+{page} {box}:"));
        return [.. line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"woord\d+")]
    private static partial Regex Word();
}
