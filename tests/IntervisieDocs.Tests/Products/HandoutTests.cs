using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Tests.Support;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Products;

public sealed class HandoutTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private const string Approved = "tests/IntervisieDocs.Tests/Products/Approved";

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_markdown_is_as_approved(string id)
    {
        var product = Handout.Build(fixture.Data.FindMethod(id)!, fixture.Context);
        Approvals.Verify($"handout-{id}", product.Markdown, Approved);
    }

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_is_one_to_three_A4_pages_with_everything_inside_the_margins(string id)
    {
        var product = Handout.Build(fixture.Data.FindMethod(id)!, fixture.Context);
        var canvas = new RecordingCanvas();
        var measurer = new TextMeasurer();
        DocumentComposer.Compose(product.Document, canvas, measurer);

        Assert.InRange(canvas.Pages.Count, 1, 3);
        var page = product.Document.Sections[0].Page;
        var printable = new Rect(page.Margins.Left, page.Margins.Top, page.PageSize.Width - page.Margins.Horizontal, page.PageSize.Height - page.Margins.Vertical);
        foreach (var recorded in canvas.Pages)
        {
            Assert.Equal(PageSetup.A4, recorded.Size);
            foreach (var text in recorded.Texts)
            {
                var m = measurer.Metrics(text.Style.Face);
                var bounds = new Rect(text.X, text.Baseline - (m.Ascent * text.Style.Size), text.Width, (m.Ascent + m.Descent) * text.Style.Size);
                Assert.True(printable.Contains(bounds, 0.5), $"\"{text.Text}\" valt buiten de marges");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_shows_every_step_title_and_time(string id)
    {
        var method = fixture.Data.FindMethod(id)!;
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(Handout.Build(method, fixture.Context).Document, canvas, new TextMeasurer());
        var texts = canvas.JoinedText;

        Assert.Contains(DutchPunctuation.Apply(method.Title), texts);
        foreach (var step in method.Steps)
        {
            Assert.Contains(step.Title.Split(' ')[0], texts);
            if (step.Minutes is { } minutes)
            {
                Assert.Contains($"{minutes} min", texts);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_opens_with_the_header_band_at_the_top_of_page_1_and_the_timeline_below_it(string id)
    {
        var method = fixture.Data.FindMethod(id)!;
        var product = Handout.Build(method, fixture.Context);
        var canvas = ProductFixture.Compose(product);
        var margins = product.Document.Sections[0].Page.Margins;
        var page = canvas.Pages[0];

        // The band is the first filled shape in the content area, right under the running head, full width;
        // nothing but the running head (small italic) stands above it.
        var band = page.Paths.Where(p => p.Fill is not null).Select(p => Bounds(p.Path)).First(b => b.Y >= margins.Top - 0.5);
        Assert.InRange(band.Y, margins.Top - 0.5, margins.Top + Units.Mm(10));
        Assert.All(page.Texts.Where(t => t.Baseline < band.Y), t => Assert.True(t.Style.IsItalic && t.Style.Size < 9, $"\"{t.Text}\" staat boven de kopband"));
        Assert.Equal(PageSetup.A4.Width - margins.Horizontal, band.Width, 0.5);
        var title = page.Texts.First(t => t.Style.Size >= 18 && DutchPunctuation.Apply(method.Title).StartsWith(t.Text.TrimEnd('-'), StringComparison.Ordinal));
        Assert.InRange(title.Baseline, band.Y, band.Bottom);
        Assert.Equal(1, canvas.Destinations[$"methode-{id}"]);

        // The timeline's scale starts at "0" just under the band and above the steps table.
        var zero = page.Texts.FirstOrDefault(t => t.Text == "0" && t.Baseline > band.Bottom);
        if (method.HasTimes)
        {
            Assert.NotNull(zero);
            Assert.InRange(zero.Baseline - band.Bottom, 0, Units.Mm(12));
            var steps = page.Texts.FirstOrDefault(t => t.Text == "Stappen");
            Assert.True(steps is null || steps.Baseline > zero.Baseline + Units.Mm(10));
        }
        else
        {
            Assert.Null(zero);
        }
    }

    private static Rect Bounds(VectorPath path)
    {
        var points = path.Segments.SelectMany(s => s switch
        {
            MoveSegment m => [m.To],
            LineSegment l => [l.To],
            CurveSegment c => new[] { c.Control1, c.Control2, c.To },
            _ => [],
        }).ToList();
        var (x, y) = (points.Min(p => p.X), points.Min(p => p.Y));
        return new Rect(x, y, points.Max(p => p.X) - x, points.Max(p => p.Y) - y);
    }

    /// <summary>
    /// A readable measure (docs/ontwerp.md; PRINT-DESIGN.md: 45–75 characters, never the full width of A4 at
    /// 9 pt): running text at 10 pt or more, and over all the handouts 95 % of the lines on the pages at
    /// most 85 characters. A line is a run of texts on one baseline with no gap wider than a space (so the
    /// columns of a table count as lines of their own), as pdftotext sees them.
    /// </summary>
    [Fact]
    public void Every_handout_sets_its_running_text_at_10_pt_or_more_on_a_readable_measure()
    {
        var lengths = new List<int>();
        foreach (var method in fixture.Data.Methods)
        {
            var product = Handout.Build(method, fixture.Context);
            var running = RunningText(product.Document.Sections[0].Content).SelectMany(p => p.Spans).ToList();
            Assert.NotEmpty(running);
            Assert.All(running, s => Assert.True(s.Style.Size >= 10, $"{method.Id}: \"{s.Text}\" in {s.Style.Size} pt"));

            foreach (var page in ProductFixture.Compose(product).Pages)
            {
                lengths.AddRange(Lines(page.Texts).Select(l => l.Length));
            }
        }

        lengths.Sort();
        var p95 = lengths[(int)(0.95 * (lengths.Count - 1))];
        Assert.True(p95 <= 85, $"95 % van de regels is tot {p95} tekens lang");
    }

    /// <summary>The paragraphs of running text: not in a table, not a heading, not in a figure.</summary>
    private static IEnumerable<Paragraph> RunningText(Element element) => element switch
    {
        Table or HeaderBand or Timeline or Heading => [],
        Paragraph p => [p],
        _ => element.Children.SelectMany(RunningText),
    };

    private static IEnumerable<string> Lines(IReadOnlyList<RecordedText> texts)
    {
        foreach (var line in texts.GroupBy(t => Math.Round(t.Baseline, 1)))
        {
            var runs = line.OrderBy(t => t.X).ToList();
            var current = runs[0].Text;
            for (var i = 1; i < runs.Count; i++)
            {
                var gap = runs[i].X - (runs[i - 1].X + runs[i - 1].Width);
                if (gap > runs[i].Style.Size * 0.6)
                {
                    yield return current.Trim();
                    current = "";
                }
                else if (gap > runs[i].Style.Size * 0.15)
                {
                    current += " ";
                }

                current += runs[i].Text;
            }

            yield return current.Trim();
        }
    }

    [Fact]
    public void A_total_that_differs_from_the_source_is_printed_with_the_reason()
    {
        var markdown = Handout.Build(fixture.Data.FindMethod("snelle-adviesrondes")!, fixture.Context).Markdown;
        Assert.Contains("20 min voor één onderwerp. De bron noemt 15 min: de tijd van de stappen die per onderwerp herhalen.", markdown);
        Assert.Contains("20 min voor één onderwerp, 15 min meer per volgend onderwerp; de bron noemt 15 min", markdown);
        Assert.Contains("*per onderwerp*", markdown);
    }

    [Fact]
    public void Optional_steps_are_marked()
    {
        var markdown = Handout.Build(fixture.Data.FindMethod("socratische-methode")!, fixture.Context).Markdown;
        Assert.Contains("*eventueel*", markdown);
        Assert.Contains("100 min (1 uur 40 min); zonder de stappen die eventueel zijn 80 min (1 uur 20 min); de bron noemt 75 min", markdown);
        Assert.Contains("De bron noemt 75 min; hier tellen ook de stappen mee die eventueel zijn (zonder die stappen 80 min).", markdown);
    }
}
