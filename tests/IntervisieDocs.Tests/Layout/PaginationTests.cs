using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

public sealed class PaginationTests
{
    private static readonly TextStyle Body = TextStyle.Body;
    private static readonly Stroke Grid = new(0.5, Color.Black);

    private static Row TableRow(params string[] cells) =>
        new([.. cells.Select(c => (Element)new Padding(new Paragraph(c, Body), Thickness.All(3)))],
            [ColumnWidth.FixedMm(15), ColumnWidth.Relative(), ColumnWidth.FixedMm(20)], Grid);

    [Fact]
    public void Long_table_spans_pages_with_its_header_on_every_page()
    {
        var rows = Enumerable.Range(1, 80).Select(i => TableRow($"{i}", $"stap nummer {i}", $"{i} min.")).ToList();
        var table = new Table([TableRow("Nr", "Stap", "Minuten")], rows);
        var canvas = LayoutHarness.Render(table);

        Assert.True(canvas.Pages.Count >= 3);
        foreach (var page in canvas.Pages)
        {
            var texts = page.Texts.Select(t => t.Text).ToList();
            Assert.Equal(["Nr", "Stap", "Minuten"], texts.Take(3));
        }

        var body = canvas.Pages.SelectMany(p => p.Texts.Skip(3)).Where(t => t.Text.StartsWith("stap nummer", StringComparison.Ordinal)).Select(t => t.Text);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => $"stap nummer {i}"), body);
    }

    [Fact]
    public void A_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var rows = Enumerable.Range(1, 80).Select(i => TableRow($"{i}", LayoutHarness.Lorem(i % 7 * 6 + 1, i), "x")).ToList();
        var canvas = LayoutHarness.Render(new Table([TableRow("Nr", "Stap", "Min")], rows));
        foreach (var (page, index) in canvas.Pages.Select((p, i) => (p, i)))
        {
            // Each row's number cell is drawn once, so no row is split between pages.
            var numbers = page.Texts.Where(t => int.TryParse(t.Text, out _)).Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Distinct(), numbers);
        }

        var allNumbers = canvas.Pages.SelectMany(p => p.Texts).Where(t => int.TryParse(t.Text, out _)).Select(t => t.Text);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), allNumbers);
    }

    [Fact]
    public void A_row_moves_whole_even_when_its_table_starts_at_the_page_top()
    {
        // Regression: the table was offered a whole page, and that was taken to mean each of its rows was at the top.
        Row FiveLines(int n) => TableRow($"{n}", $"a{n}\nb{n}\nc{n}\nd{n}\ne{n}", "x");
        var canvas = LayoutHarness.Render(new Table([TableRow("Nr", "Stap", "Min")], [FiveLines(1), FiveLines(2), FiveLines(3)]), LayoutHarness.Custom(100, 100, 10));
        Assert.Equal(2, canvas.Pages.Count);
        Assert.Contains(canvas.Pages[1].Texts, t => t.Text == "a3");
        Assert.Contains(canvas.Pages[1].Texts, t => t.Text == "e3");
        Assert.DoesNotContain(canvas.Pages[0].Texts, t => t.Text == "a3");
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_across_pages()
    {
        var tall = TableRow("1", LayoutHarness.Lorem(1500), "99");
        var canvas = LayoutHarness.Render(new Table([TableRow("Nr", "Stap", "Min")], [tall, TableRow("2", "daarna", "1")]), LayoutHarness.Custom(148, 210, 15));
        Assert.True(canvas.Pages.Count >= 3);
        var words = canvas.Pages.SelectMany(p => p.Texts).Select(t => t.Text.TrimEnd()).Where(t => t is not ("Nr" or "Stap" or "Min" or "1" or "99" or "2" or "daarna" or "1"));
        Assert.Equal(LayoutHarness.Lorem(1500), LayoutHarness.Joined(words));
        Assert.All(canvas.Pages, p => Assert.Equal("Nr", p.Texts[0].Text));
    }

    [Fact]
    public void A_heading_near_the_page_bottom_moves_to_the_next_page()
    {
        var filler = new Spacer(Units.Mm(297 - 40 - 10)); // leaves 10 mm: room for the heading, not for more
        var heading = new Heading("Hoofdstuk 2", Body.Bold().WithSize(14), 1, "h2");
        var canvas = LayoutHarness.Render(new Column([filler, heading, LayoutHarness.Text(LayoutHarness.Lorem(50))]));

        Assert.Empty(canvas.Pages[0].Texts);
        Assert.Equal("Hoofdstuk 2", canvas.Pages[1].Texts[0].Text);
        Assert.Equal(2, canvas.Destinations["h2"]);
    }

    [Fact]
    public void A_keep_together_group_moves_whole_to_the_next_page()
    {
        var filler = new Spacer(Units.Mm(297 - 40 - 30));
        var group = new KeepTogether(new Column([LayoutHarness.Text("Vraag 1"), new WritingLines(5)]));
        var canvas = LayoutHarness.Render(new Column([filler, group]));

        Assert.Empty(canvas.Pages[0].Texts);
        Assert.Empty(canvas.Pages[0].Lines);
        Assert.Equal("Vraag 1", canvas.Pages[1].Texts[0].Text);
        Assert.Equal(5, canvas.Pages[1].Lines.Count);
    }

    [Fact]
    public void Without_keep_together_the_same_content_splits()
    {
        var filler = new Spacer(Units.Mm(297 - 40 - 30));
        var canvas = LayoutHarness.Render(new Column([filler, new Column([LayoutHarness.Text("Vraag 1"), new WritingLines(5)])]));
        Assert.Equal("Vraag 1", canvas.Pages[0].Texts[0].Text);
        Assert.NotEmpty(canvas.Pages[1].Lines);
    }

    [Fact]
    public void Table_of_contents_shows_the_real_page_numbers_and_links_to_them()
    {
        var content = new Column(
        [
            new TableOfContents(Body),
            new PageBreak(),
            new Heading("Eerste", Body.Bold(), 1, "a"),
            LayoutHarness.Text(LayoutHarness.Lorem(900)),
            new Heading("Tweede", Body.Bold(), 1, "b"),
            new Heading("Onderdeel", Body.Bold(), 2, "b1"),
            LayoutHarness.Text("tekst"),
        ]);
        var canvas = LayoutHarness.Render(content);

        var first = canvas.Destinations["a"];
        var second = canvas.Destinations["b"];
        Assert.Equal(2, first);
        Assert.True(second > first);
        var toc = canvas.Pages[0].Texts.Select(t => t.Text).ToList();
        Assert.Equal(["Eerste", "2", "Tweede", $"{second}", "Onderdeel", $"{second}"], toc);
        Assert.Equal([2, second, second], canvas.Pages[0].Links.Select(l => l.TargetPage));
    }

    [Fact]
    public void Headings_become_nested_bookmarks()
    {
        var canvas = LayoutHarness.Render(new Column(
        [
            new Heading("Methoden", Body.Bold(), 1, "m"),
            new Heading("Vissenkom", Body.Bold(), 2, "v"),
            new Heading("Bronnen", Body.Bold(), 1, "b", inOutline: false),
        ]));
        Assert.Equal([("Methoden", 1), ("Vissenkom", 2)], canvas.Bookmarks.Select(b => (b.Title, b.Level)));
    }

    [Fact]
    public void Page_break_starts_a_new_page_but_never_a_blank_one()
    {
        var canvas = LayoutHarness.Render(new Column([LayoutHarness.Text("een"), new PageBreak(), new PageBreak(), LayoutHarness.Text("twee"), new PageBreak()]));
        Assert.Equal(2, canvas.Pages.Count);
        Assert.Equal("twee", canvas.Pages[1].Texts.Single().Text);
    }

    [Fact]
    public void Footer_shows_page_x_of_y()
    {
        var page = LayoutHarness.A4() with
        {
            FooterHeight = Units.Mm(10),
            Footer = info => new Paragraph($"pagina {info.Number} van {info.Total}", Body, TextAlignment.Center),
        };
        var canvas = LayoutHarness.Render(LayoutHarness.Text(LayoutHarness.Lorem(1500)), page);
        var total = canvas.Pages.Count;
        Assert.True(total > 1);
        for (var i = 0; i < total; i++)
        {
            var footer = canvas.Pages[i].Texts[^1];
            Assert.Equal($"pagina {i + 1} van {total}", footer.Text);
            Assert.True(footer.Baseline > Units.Mm(297 - 20 - 10));
        }
    }

    [Fact]
    public void Sections_have_their_own_page_size_and_continue_the_numbering()
    {
        var document = new DocumentModel("Test",
        [
            new Section(PageSetup.WithMarginsMm(PageSetup.A5, 10), LayoutHarness.Text("A5")),
            new Section(PageSetup.WithMarginsMm(PageSetup.A4Landscape, 10), new Heading("A4 liggend", Body, 1, "l")),
        ]);
        var canvas = LayoutHarness.Render(document);
        Assert.Equal([PageSetup.A5, PageSetup.A4Landscape], canvas.Pages.Select(p => p.Size));
        Assert.Equal(2, canvas.Destinations["l"]);
    }

    [Fact]
    public void Content_that_can_never_fit_names_the_element_and_the_reason()
    {
        var error = Assert.Throws<LayoutException>(() => LayoutHarness.Render(new Column([LayoutHarness.Text("ervoor"), new AnswerBox(400, "Te groot")])));
        Assert.Contains("Antwoordvak (400 mm", error.Message);
        Assert.Contains("257 mm", error.Message);
        Assert.Contains("Pagina 2", error.Message);
    }

    [Fact]
    public void A_box_too_large_for_any_page_fails_instead_of_looping()
    {
        var box = new Box(new AnswerBox(400), BoxStyle.Framed(), "Groot kader");
        var error = Assert.Throws<LayoutException>(() => LayoutHarness.Render(new KeepTogether(box)));
        Assert.Contains("Groot kader", error.Message);
    }

    [Fact]
    public void Long_writing_line_blocks_split_between_lines()
    {
        var canvas = LayoutHarness.Render(new WritingLines(60, 8.5));
        Assert.Equal(60, canvas.Pages.Sum(p => p.Lines.Count));
        Assert.Equal(2, canvas.Pages.Count);
    }

    [Fact]
    public void A_page_break_at_the_top_of_a_box_makes_no_blank_page()
    {
        // Regression: inside a box the space offered never equalled the page body, so a page break there
        // always ended the page, even with nothing on it.
        var box = new Box(new Column([new PageBreak(), LayoutHarness.Text("Na de breuk")]), BoxStyle.Framed());
        var canvas = LayoutHarness.Render(new Column([box]));
        Assert.Single(canvas.Pages);
    }

    [Fact]
    public void Keep_together_inside_a_box_splits_only_what_no_page_can_hold()
    {
        var lines = Enumerable.Range(1, 80).Select(i => (Element)LayoutHarness.Text($"regel {i}")).ToList();
        var canvas = LayoutHarness.Render(new Box(new KeepTogether(new Column(lines)), BoxStyle.Framed()));
        Assert.True(canvas.Pages.Count >= 2);
        Assert.Equal(80, canvas.Pages.Sum(p => p.Texts.Count));
    }

    [Fact]
    public void A_table_row_taller_than_a_page_splits_inside_a_box()
    {
        Row Plain(string text) => new([new Paragraph(text, Body)], [ColumnWidth.Relative()]);
        var table = new Table([Plain("kop")], [Plain("een"), Plain(string.Join('\n', Enumerable.Range(1, 70).Select(i => $"r{i}")))]);
        var canvas = LayoutHarness.Render(new Box(table, BoxStyle.Framed()));
        Assert.Equal(70, canvas.Pages.SelectMany(p => p.Texts).Count(t => t.Text.StartsWith('r')));
    }

    [Fact]
    public void A_long_answer_box_label_wraps_inside_the_frame()
    {
        var label = string.Join(" ", Enumerable.Repeat("Beschrijf de situatie zo concreet mogelijk.", 4));
        var canvas = LayoutHarness.Render(new AnswerBox(20, label));
        var frame = canvas.Pages[0].Rectangles.Single().Rect;
        Assert.True(canvas.Pages[0].Texts.Count > 1);
        Assert.All(canvas.Pages[0].Texts, t => Assert.True(t.X + t.Width <= frame.Right + 0.01, $"\"{t.Text}\" steekt buiten het kader"));
    }

    [Fact]
    public void A_heading_stays_with_a_table_whose_first_row_fits()
    {
        var filler = new Spacer(Units.Mm(297 - 40 - 40));
        var table = new Table([TableRow("Nr", "Stap", "Min")], [TableRow("1", "kort", "5"), TableRow("2", LayoutHarness.Lorem(400), "10")]);
        var canvas = LayoutHarness.Render(new Column([filler, new Heading("Stappen", Body.Bold(), 2, "s"), table]));
        Assert.Equal("Stappen", canvas.Pages[0].Texts[0].Text);
        Assert.Contains(canvas.Pages[0].Texts, t => t.Text == "kort");
    }
}
