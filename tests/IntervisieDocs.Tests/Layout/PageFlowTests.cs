using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

/// <summary>Widows, orphans and a table's last rows: no line or total left alone on a page.</summary>
public sealed class PageFlowTests
{
    private static readonly TextStyle Body = TextStyle.Body;
    private static readonly Stroke Grid = new(0.5, Color.Black);

    // A 100 x 100 mm page with 10 mm margins: an 80 mm high body; a body line is 13 pt.
    private static readonly PageSetup Page = LayoutHarness.Custom(100, 100, 10);
    private static readonly double Body80 = Units.Mm(80);
    private const double Line = 13;

    private static Paragraph Lines(int count) =>
        new(string.Join("\n", Enumerable.Range(1, count).Select(i => $"regel{i}")), Body);

    private static List<List<string>> PageTexts(Element content) =>
        [.. LayoutHarness.Render(content, Page).Pages.Select(p => p.Texts.Select(t => t.Text).ToList())];

    [Fact]
    public void A_first_line_that_would_stand_alone_at_the_foot_moves_on_with_its_paragraph()
    {
        // Room for exactly one line under the filler.
        var pages = PageTexts(new Column([new Spacer(Body80 - (Line * 1.5)), Lines(4)]));

        Assert.Empty(pages[0]);
        Assert.Equal(["regel1", "regel2", "regel3", "regel4"], pages[1]);
    }

    [Fact]
    public void A_last_line_that_would_stand_alone_at_the_top_takes_a_second_along()
    {
        // Room for three of four lines: two stay, two go.
        var pages = PageTexts(new Column([new Spacer(Body80 - (Line * 3.5)), Lines(4)]));

        Assert.Equal(["regel1", "regel2"], pages[0]);
        Assert.Equal(["regel3", "regel4"], pages[1]);
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_still_splits_and_loses_nothing()
    {
        var pages = PageTexts(Lines(30));

        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.True(p.Count >= 2));
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"regel{i}"), pages.SelectMany(p => p));
    }

    [Fact]
    public void A_table_breaking_before_its_total_carries_rows_over_until_the_next_page_is_no_stub()
    {
        static Row Row(string a, string b) =>
            new([new Padding(new Paragraph(a, Body), Thickness.All(2)), new Padding(new Paragraph(b, Body), Thickness.All(2))],
                [ColumnWidth.FixedMm(20), ColumnWidth.Relative()], Grid);

        var rows = Enumerable.Range(1, 30).Select(i => Row($"{i}", $"stap{i}")).Append(Row("Totaal", "90 min")).ToList();
        var canvas = LayoutHarness.Render(new Table([Row("Nr", "Stap")], rows), Page);
        var last = canvas.Pages[^1].Texts.Select(t => t.Text).ToList();

        Assert.Contains("Totaal", last);
        var lowest = canvas.Pages[^1].Texts.Max(t => t.Baseline) - Units.Mm(10);
        Assert.True(lowest >= Table.MinCarriedShare * Body80, $"de laatste pagina eindigt op {lowest:0} pt: een stomp");
        Assert.Equal(
            ["Nr", "Stap", .. Enumerable.Range(1, 30).SelectMany(i => new[] { $"{i}", $"stap{i}" }), "Totaal", "90 min"],
            canvas.Pages.SelectMany(p => p.Texts.Select(t => t.Text)).Where((t, i) => i < 2 || (t is not "Nr" and not "Stap")));
    }

    [Fact]
    public void A_few_lines_spilled_before_a_page_break_are_rebalanced_so_no_stub_page_is_left()
    {
        // 17 lines fit a page; 19 lines spill two onto a page of their own before the break.
        var canvas = LayoutHarness.Render(new Column([Lines(19), new PageBreak(), new Paragraph("daarna", Body)]), Page);
        var pages = canvas.Pages.Select(p => p.Texts.Select(t => t.Text).ToList()).ToList();

        Assert.Equal(3, pages.Count);
        Assert.Equal([.. Enumerable.Range(1, 19).Select(i => $"regel{i}"), "daarna"], pages.SelectMany(p => p));
        var second = canvas.Pages[1].Texts.Max(t => t.Baseline) - Units.Mm(10);
        Assert.True(second >= DocumentComposer.StubShare * Body80, $"de tweede pagina eindigt op {second:0} pt van {Body80:0}: een stomp");
        Assert.True(pages[0].Count >= 2 * pages[1].Count / 3, $"de eerste pagina houdt {pages[0].Count} regels, de tweede {pages[1].Count}");
    }

    [Fact]
    public void A_short_chapter_after_a_page_break_is_left_alone_when_the_page_before_has_nothing_to_give()
    {
        var pages = PageTexts(new Column([Lines(2), new PageBreak(), Lines(3)]));

        Assert.Equal([["regel1", "regel2"], ["regel1", "regel2", "regel3"]], pages);
    }
}
