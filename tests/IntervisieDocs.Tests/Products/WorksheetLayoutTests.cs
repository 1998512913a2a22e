using IntervisieDocs.Layout;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// The worksheets as laid out on paper (recorded pages): usable with a pen, nothing outside the page
/// body, a name and a date field on every copy.
/// </summary>
public sealed class WorksheetLayoutTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private static readonly PageSetup Page = PageStyles.Worksheet("", null);
    private static readonly double Tolerance = 0.01;

    /// <summary>Every kind and the variants its options make, with the pages one copy should take.</summary>
    public static TheoryData<string, string?, bool, int> Sheets => new()
    {
        { "casus", null, false, 1 },
        { "zelftest", null, false, 2 },
        { "smart", null, false, 2 },
        { "smart", null, true, 3 },
        { "krachtenveld", null, false, 2 },
        { "wnk", null, false, 2 },
        { "wnk", "tienstappenmethode", false, 2 },
        { "wnk", "socratische-methode", false, 2 },
        { "reflecting-team", null, false, 1 },
        { "luisteroefening", null, false, 1 },
        { "modelling", null, false, 1 },
        { "evaluatie", null, false, 1 },
        { "evaluatie", "reflecting-team", false, 1 },
        { "evaluatie", "vissenkom", false, 1 },
    };

    public static TheoryData<string> Methods => [.. new ProductFixture().Data.Methods.Select(m => m.Id)];

    private Product Build(string kind, string? method = null, bool example = false, IReadOnlyList<string>? names = null, int copies = 1) =>
        fixture.Worksheet(kind, new WorksheetOptions
        {
            Method = method is null ? null : fixture.Method(method),
            Example = example,
            Names = names ?? [],
            Copies = copies,
        });

    [Theory]
    [MemberData(nameof(Sheets))]
    public void A_copy_takes_the_pages_it_was_designed_for(string kind, string? method, bool example, int pages) =>
        Assert.Equal(pages, ProductFixture.Compose(Build(kind, method, example)).Pages.Count);

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_evaluation_of_every_method_fits_one_page(string method) =>
        Assert.Single(ProductFixture.Compose(Build("evaluatie", method)).Pages);

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Writing_lines_are_8_to_9_mm_apart(string kind, string? method, bool example, int pages)
    {
        _ = pages;
        var product = Build(kind, method, example);
        var elements = product.Document.Sections.SelectMany(s => DocumentComposer.Descendants(s.Content)).OfType<WritingLines>().ToList();
        Assert.NotEmpty(elements);
        Assert.All(elements, w => Assert.InRange(Units.ToMm(w.Spacing), 8, 9));

        // And on paper: no two ruled lines of the same column closer than 8 mm.
        foreach (var page in ProductFixture.Compose(product).Pages)
        {
            var columns = page.Lines.Where(l => l.Stroke == WritingLines.LineStroke)
                .GroupBy(l => (Math.Round(l.X1), Math.Round(l.X2)));
            foreach (var column in columns)
            {
                var ys = column.Select(l => l.Y1).Order().ToList();
                for (var i = 1; i < ys.Count; i++)
                {
                    Assert.True(Units.ToMm(ys[i] - ys[i - 1]) >= 8 - Tolerance, $"{kind}: schrijfregels {Units.ToMm(ys[i] - ys[i - 1]):0.0} mm uit elkaar bij y={ys[i]:0}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Nothing_is_drawn_outside_the_page_body(string kind, string? method, bool example, int pages)
    {
        _ = pages;
        var canvas = ProductFixture.Compose(Build(kind, method, example, names: [new string('W', WorksheetOptions.MaxNameLength)]));
        var body = Page.BodyArea;
        var paper = new Rect(Page.Margins.Left, Page.Margins.Top, Page.PageSize.Width - Page.Margins.Horizontal, Page.PageSize.Height - Page.Margins.Vertical);
        Assert.True(Units.ToMm(Page.Margins.Left) >= 12 && Units.ToMm(Page.Margins.Top) >= 12, "marges van minstens 12 mm");
        foreach (var (page, number) in canvas.Pages.Select((p, i) => (p, i + 1)))
        {
            foreach (var line in page.Lines)
            {
                Assert.True(Inside(body, line.X1, line.Y1) && Inside(body, line.X2, line.Y2), $"{kind} p{number}: lijn buiten de paginatekst: {line}");
            }

            foreach (var rect in page.Rectangles)
            {
                Assert.True(Inside(body, rect.Rect.X, rect.Rect.Y) && Inside(body, rect.Rect.Right, rect.Rect.Bottom), $"{kind} p{number}: rechthoek buiten de paginatekst: {rect}");
            }

            foreach (var text in page.Texts)
            {
                var inBand = text.Baseline < body.Y || text.Baseline > body.Bottom;
                var area = inBand ? paper : body;
                Assert.True(Inside(area, text.X, text.Baseline) && text.X + text.Width <= area.Right + Tolerance, $"{kind} p{number}: tekst buiten de pagina: {PageDump.Text(number, text)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void No_heading_is_the_last_thing_on_a_page(string kind, string? method, bool example, int pages)
    {
        _ = pages;
        var canvas = ProductFixture.Compose(Build(kind, method, example));
        var body = Page.BodyArea;
        foreach (var (page, number) in canvas.Pages.Select((p, i) => (p, i + 1)).SkipLast(1))
        {
            var items = page.Texts.Where(t => t.Baseline >= body.Y && t.Baseline <= body.Bottom).Select(t => (Bottom: t.Baseline, Heading: IsHeading(t)))
                .Concat(page.Lines.Select(l => (Bottom: Math.Max(l.Y1, l.Y2), Heading: false)))
                .Concat(page.Rectangles.Select(r => (Bottom: r.Rect.Bottom, Heading: false)));
            var last = items.MaxBy(i => i.Bottom);
            Assert.False(last.Heading, $"{kind}: pagina {number} eindigt met een kop");
        }
    }

    [Fact]
    public void Every_named_copy_starts_on_its_own_page_with_the_name_and_a_date_field()
    {
        string[] names = ["An", "Bert", "Cees"];
        var canvas = ProductFixture.Compose(Build("zelftest", names: names));
        Assert.Equal(6, canvas.Pages.Count);
        for (var copy = 0; copy < names.Length; copy++)
        {
            var first = canvas.Pages[copy * 2];
            var label = Assert.Single(first.Texts, t => t.Text == "Naam:");
            Assert.Contains(first.Texts, t => t.Text == names[copy] && Math.Abs(t.Baseline - label.Baseline) < Tolerance && t.X > label.X);
            var date = Assert.Single(first.Texts, t => t.Text == "Datum:");
            Assert.True(Units.ToMm(WriteOnBorder(first, date).Bottom - date.Baseline) > 5, "ruimte onder Datum: om te schrijven");
            Assert.DoesNotContain(canvas.Pages[(copy * 2) + 1].Texts, t => t.Text == "Naam:");

            // The name also heads the copy's second page, so a loose sheet still says whose it is.
            foreach (var page in canvas.Pages.Skip(copy * 2).Take(2))
            {
                Assert.Contains(page.Texts, t => t.Text.EndsWith($"– {names[copy]}", StringComparison.Ordinal) && t.Baseline < Page.BodyArea.Y);
            }
        }
    }

    [Theory]
    [InlineData("casus")]
    [InlineData("smart")]
    [InlineData("krachtenveld")]
    [InlineData("evaluatie")]
    public void Blank_copies_have_a_line_to_write_the_name_on(string kind)
    {
        var canvas = ProductFixture.Compose(Build(kind, copies: 2));
        var firstPages = canvas.Pages.Where(p => p.Texts.Any(t => t.Text == "Naam:")).ToList();
        Assert.Equal(2, firstPages.Count);
        foreach (var page in firstPages)
        {
            var label = page.Texts.Single(t => t.Text == "Naam:");
            var date = page.Texts.Single(t => t.Text == "Datum:");
            // The cell's bottom border is the line to write on; no ruled line doubles it.
            var cell = WriteOnBorder(page, label);
            Assert.InRange(Units.ToMm(cell.Bottom - label.Baseline), 5, 12);
            Assert.True(Units.ToMm(cell.Width) >= 60, "een naamregel van minstens 6 cm");
            Assert.DoesNotContain(page.Lines, l => l.Stroke == WritingLines.LineStroke && l.X1 < date.X && l.Y1 > label.Baseline && l.Y1 < cell.Bottom + Units.Mm(1));
        }
    }

    [Fact]
    public void Page_numbers_count_the_pages_of_each_copy()
    {
        var canvas = ProductFixture.Compose(Build("krachtenveld", names: ["An", "Bert"]));
        var footers = canvas.Pages.Select(p => p.Texts.Where(t => t.Baseline > Page.BodyArea.Bottom).Select(t => t.Text).SingleOrDefault()).ToList();
        Assert.Equal(["pagina 1 van 2", "pagina 2 van 2", "pagina 1 van 2", "pagina 2 van 2"], footers);
    }

    [Fact]
    public void A_one_page_copy_has_no_page_number()
    {
        var canvas = ProductFixture.Compose(Build("modelling", copies: 2));
        Assert.All(canvas.Pages, p => Assert.DoesNotContain(p.Texts, t => t.Text.StartsWith("pagina", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_action_box_is_at_least_as_tall_as_asked()
    {
        var product = Build("smart");
        var asked = product.Document.Sections.SelectMany(s => DocumentComposer.Descendants(s.Content)).OfType<AnswerBox>().Single();
        Assert.Equal(20, Units.ToMm(asked.Height), 3);
        var frame = ProductFixture.Compose(product).Pages[0].Rectangles.Single(r => r.Stroke == new Stroke(0.8, Color.Gray(80)));
        Assert.True(frame.Rect.Height >= asked.Height - Tolerance, $"antwoordvak {Units.ToMm(frame.Rect.Height):0.0} mm");
        Assert.True(Units.ToMm(frame.Rect.Width) >= 170);
    }

    [Fact]
    public void Forces_are_weighed_on_a_scale_of_1_to_5_with_squares_of_5_mm()
    {
        var pages = ProductFixture.Compose(Build("krachtenveld")).Pages;
        var scales = pages.SelectMany(p => p.Texts).Count(t => t.Text == "5");
        Assert.Equal(2 * 5 * 3, scales); // Two sides, five forces each, weighed on a, b and c.
        var squares = pages.SelectMany(p => p.Rectangles).Where(r => r.Fill is null && Math.Abs(r.Rect.Width - r.Rect.Height) < Tolerance && r.Rect.Width < Units.Mm(10)).ToList();
        Assert.Equal(2 * 5 * 3 * 5, squares.Count);
        Assert.All(squares, s => Assert.True(Units.ToMm(s.Rect.Width) >= 5 - Tolerance, $"vakje {Units.ToMm(s.Rect.Width):0.0} mm"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("vissenkom")]
    public void The_evaluation_asks_for_a_judgement_on_a_scale_with_named_ends(string? method)
    {
        var page = Assert.Single(ProductFixture.Compose(Build("evaluatie", method)).Pages);
        var digits = page.Texts.Where(t => t.Text is "1" or "2" or "3" or "4" or "5").OrderBy(t => t.X).ToList();
        Assert.Equal(["1", "2", "3", "4", "5"], digits.Select(d => d.Text));
        var low = Assert.Single(page.Texts, t => t.Text == "weinig");
        var high = Assert.Single(page.Texts, t => t.Text == "veel");
        Assert.True(low.X + low.Width < digits[0].X && high.X > digits[^1].X + digits[^1].Width, "de uiteinden staan voor het eerste en na het laatste vakje");
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Checkboxes_are_at_least_5_mm(string kind, string? method, bool example, int pages)
    {
        _ = pages;
        var squares = ProductFixture.Compose(Build(kind, method, example)).Pages.SelectMany(p => p.Rectangles)
            .Where(r => r.Fill is null && r.Stroke == new Stroke(0.8, Color.Black)).ToList();
        Assert.All(squares, s => Assert.True(Units.ToMm(Math.Min(s.Rect.Width, s.Rect.Height)) >= 5 - Tolerance, $"{kind}: vakje {Units.ToMm(s.Rect.Width):0.0} mm"));
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Growing_writing_space_leaves_no_wide_empty_band_at_the_foot(string kind, string? method, bool example, int pages)
    {
        _ = pages;
        var product = Build(kind, method, example);
        var canvas = ProductFixture.Compose(product);
        var growing = product.Document.Sections.SelectMany(s => DocumentComposer.Descendants(s.Content)).OfType<WritingLines>().Where(w => w.Grows).ToList();
        foreach (var (page, share) in PageFill.Fill(product.Document, canvas))
        {
            // A page whose own growing lines could take more would have been given them (lines in a
            // table cell grow their row by more than a line, so those pages are not held to this).
            if (growing.Any(w => w.Pages.First == page && w.Pages.Last == page) && !growing.Any(w => w.LastLineIsBorder && w.Pages.Last == page))
            {
                var empty = (1 - share) * Page.BodyArea.Height;
                // Measured from the ink: the last line's leading and descent (up to 2 mm) are not ink.
                Assert.True(empty < growing.Max(w => w.Spacing) + Units.Mm(2), $"{kind} p{page}: {Units.ToMm(empty):0.0} mm leeg onderaan");
            }
        }

        Assert.NotEmpty(growing);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("socratische-methode")]
    public void Rating_scale_labels_stay_whole_words(string? method)
    {
        var texts = ProductFixture.Compose(Build("wnk", method)).AllTexts.ToList();
        Assert.Equal(12 + 8, texts.Count(t => t == "neutraal"));
        Assert.Equal(texts.Count(t => t == "neutraal"), texts.Count(t => t == "warm"));
        Assert.DoesNotContain(texts, t => t == "neutraa" || t == "l");
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Only_grays_are_used(string kind, string? method, bool example, int pages)
    {
        _ = pages;
        var canvas = ProductFixture.Compose(Build(kind, method, example));
        var colors = canvas.Pages.SelectMany(p => p.Texts.Select(t => t.Style.Color)
            .Concat(p.Lines.Select(l => l.Stroke.Color))
            .Concat(p.Rectangles.SelectMany(r => new[] { r.Fill, r.Stroke?.Color }.OfType<Color>())));
        Assert.All(colors, c => Assert.True(c.R == c.G && c.G == c.B, $"kleur {c}"));
    }

    /// <summary>The bordered table cell around a label: its bottom border is where the pen writes.</summary>
    private static Rect WriteOnBorder(RecordedPage page, RecordedText label) =>
        page.Rectangles.Where(r => r.Stroke is not null && r.Fill is null && r.Rect.X <= label.X && r.Rect.Right >= label.X + label.Width && r.Rect.Y <= label.Baseline && r.Rect.Bottom > label.Baseline)
            .Select(r => r.Rect).MinBy(r => r.Width * r.Height);

    private static bool Inside(Rect area, double x, double y) =>
        x >= area.X - Tolerance && x <= area.Right + Tolerance && y >= area.Y - Tolerance && y <= area.Bottom + Tolerance;

    /// <summary>Headings are bold and larger than the 9.5 pt body text.</summary>
    private static bool IsHeading(RecordedText text) => text.Style.Face is FontFace.Bold && text.Style.Size > 10;
}
