using System.Text.RegularExpressions;
using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Products;

public sealed class SchatkistTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private RecordingCanvas Render(out Product product)
    {
        product = Schatkist.Build(fixture.Context);
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(product.Document, canvas, new TextMeasurer());
        return canvas;
    }

    [Fact]
    public void Booklet_is_A5_with_every_method_starting_on_a_new_page()
    {
        var canvas = Render(out _);
        Assert.All(canvas.Pages, p => Assert.Equal(PageSetup.A5, p.Size));
        foreach (var method in fixture.Data.Methods)
        {
            var page = canvas.Destinations[$"methode-{method.Id}"];
            Assert.True(canvas.Pages[page - 1].Texts.Count > 0);
            var texts = canvas.Pages[page - 1].Texts;
            var first = RecordingCanvas.Join(texts.TakeWhile(t => t.Baseline == texts[0].Baseline)).TrimEnd();
            // The method opens with its header band; a long name wraps in it, so its first line starts the name.
            var title = DutchPunctuation.Apply(method.Title);
            Assert.True(first == title || (first.Length > 10 && title.StartsWith(first.TrimEnd('-'), StringComparison.Ordinal)) || first == "Methoden", $"{method.Id} begint niet bovenaan pagina {page}: '{first}'");
        }
    }

    [Fact]
    public void Bookmarks_cover_every_chapter_and_method()
    {
        var canvas = Render(out _);
        var chapters = canvas.Bookmarks.Where(b => b.Level == 1).Select(b => b.Title).ToList();
        Assert.Equal(["Inleiding", "Wat is intervisie?", "Spelregels", "Welke methode kies je?", "Methoden", "Vragen", "Werkvraag en actieplan", "Werkbladen", "Bronnen"], chapters);
        var methods = canvas.Bookmarks.Where(b => b.Level == 2).Select(b => b.Title).ToHashSet();
        Assert.All(fixture.Data.Methods, m => Assert.Contains(DutchPunctuation.Apply(m.Title), methods));
    }

    [Fact]
    public void Table_of_contents_links_to_the_real_pages()
    {
        var canvas = Render(out _);
        var contents = canvas.Pages.Take(3).SelectMany(p => p.Links).ToList();
        Assert.Contains(contents, l => l.Destination == "methode-vissenkom" && l.TargetPage == canvas.Destinations["methode-vissenkom"]);
        Assert.Contains(contents, l => l.Destination == "bronnen" && l.TargetPage == canvas.Destinations["bronnen"]);
    }

    [Fact]
    public void Footer_numbers_every_page_after_the_cover()
    {
        var canvas = Render(out _);
        Assert.DoesNotContain(canvas.Pages[0].Texts, t => t.Text.All(char.IsDigit));
        Assert.Contains(canvas.Pages[0].Texts, t => t.Text == "Schatkist intervisie" && t.Style.Color == Color.White);
        for (var i = 1; i < canvas.Pages.Count; i++)
        {
            Assert.Equal($"{i + 1}", canvas.Pages[i].Texts[^1].Text);
        }
    }

    [Fact]
    public void Worksheets_form_an_appendix_before_the_sources()
    {
        var canvas = Render(out _);
        var appendix = canvas.Destinations["werkbladen"];
        var sources = canvas.Destinations["bronnen"];
        Assert.True(appendix < sources);
        var titles = canvas.Bookmarks.Where(b => b.Page >= appendix && b.Page < sources && b.Level == 2).Select(b => b.Title).ToList();
        Assert.Contains("Een casus formuleren", titles);
        Assert.Contains("SMART-actieplan", titles);
        Assert.Contains("Krachtenveldanalyse", titles);
        Assert.True(canvas.Pages.Skip(appendix).Take(sources - appendix).Sum(p => p.Lines.Count) > 50, "werkbladen zonder schrijfregels");
    }

    [Fact]
    public void The_cover_is_a_designed_page_with_title_contents_and_edition_and_no_page_number()
    {
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(new DocumentModel("t", [IntervisieDocs.Products.Schatkist.Cover(fixture.Data)]), canvas, new TextMeasurer());
        var page = canvas.Pages.Single();
        var band = page.Rectangles.Single(r => r.Fill == Palette.Accent).Rect;
        Assert.True(band.Width * band.Height >= 0.4 * page.Size.Width * page.Size.Height);
        Assert.Contains(page.Texts, t => t.Text == "Schatkist intervisie" && t.Style.Size >= 28 && t.Style.Color == Color.White);
        Assert.Contains(page.Texts, t => t.Text.StartsWith($"{fixture.Data.Methods.Count} intervisiemethoden", StringComparison.Ordinal));
        Assert.Contains(page.Texts, t => t.Text.Contains("kenmerk " + IntervisieDocs.Products.Schatkist.Edition(fixture.Data), StringComparison.Ordinal));
        Assert.DoesNotContain(page.Texts, t => t.Text.All(char.IsDigit));
        Assert.NotEmpty(page.Paths); // the motif
    }
    [Fact]
    public void The_method_chooser_is_one_page_without_codes_and_every_header_and_figure_on_one_line()
    {
        var canvas = Render(out _);
        var number = canvas.Destinations["methodekiezer"];
        Assert.Equal(number + 1, canvas.Destinations["methoden"]);
        var page = canvas.Pages[number - 1];

        // No codes to decipher: no "4–8 r" (richtlijn), no ja/nee for beginners.
        var lines = page.Texts.GroupBy(t => Math.Round(t.Baseline, 2)).Select(RecordingCanvas.Join).ToList();
        Assert.DoesNotContain(lines, l => Regex.IsMatch(l, @"\d+(–\d+)? r\b"));
        Assert.DoesNotContain(page.Texts, t => t.Text.Trim() is "ja" or "nee" or "r");

        // Every header cell holds its word on one line, in the shaded header row.
        var headers = page.Rectangles.Where(r => r.Fill == Color.Gray(225)).Select(r => r.Rect).OrderBy(r => r.X).ToList();
        Assert.NotEmpty(headers);
        var labels = headers.Select(cell =>
        {
            var inside = page.Texts.Where(t => Inside(cell, t)).ToList();
            Assert.Single(inside.Select(t => Math.Round(t.Baseline, 2)).Distinct());
            return RecordingCanvas.Join(inside).Trim();
        }).ToList();
        Assert.Equal(["Methode", "Waarvoor", "Tijd", "Groep"], labels);

        // Minutes and group sizes each on one line: the column reads exactly the data's figures.
        var bottom = headers.Max(h => h.Bottom);
        string[] Column(Rect header) => [.. page.Texts.Where(t => t.Baseline > bottom && t.X >= header.X && t.X < header.Right).OrderBy(t => t.Baseline).Select(t => t.Text.Trim())];
        var methods = fixture.Data.Methods;
        Assert.Equal(methods.Select(m => !m.HasTimes ? "–" : m.TotalMinutesWithoutOptional != m.TotalMinutes ? $"{m.TotalMinutesWithoutOptional}–{m.TotalMinutes}" : $"{m.TotalMinutes}"), Column(headers[2]));
        Assert.Equal(methods.Select(m => m.GroupSize.Min == m.GroupSize.Max ? $"{m.GroupSize.Min}" : $"{m.GroupSize.Min}–{m.GroupSize.Max}"), Column(headers[3]));

        // A guideline of ours is set in italic, the source's group size upright.
        Assert.All(page.Texts.Where(t => t.Baseline > bottom && t.X >= headers[3].X && t.X < headers[3].Right).Zip(methods),
            p => Assert.Equal(p.Second.GroupSize.IsGuideline, p.First.Style.Face == FontFace.Italic));
    }

    [Fact]
    public void Every_chapter_title_stands_beside_an_accent_bar()
    {
        var canvas = Render(out _);
        foreach (var chapter in canvas.Bookmarks.Where(b => b.Level == 1))
        {
            var page = canvas.Pages[chapter.Page - 1];
            var title = page.Texts.First(t => t.Style.Size >= 14);
            Assert.Contains(page.Rectangles, r => r.Fill == Palette.Accent && r.Rect.Right < title.X &&
                r.Rect.Y < title.Baseline && r.Rect.Bottom > title.Baseline - title.Style.Size / 2);
        }
    }

    private static bool Inside(Rect cell, RecordedText text) =>
        text.X >= cell.X && text.X < cell.Right && text.Baseline > cell.Y && text.Baseline <= cell.Bottom;
}
