using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

/// <summary>The paging loop's knowledge of sections: page within the section, duplex starts, section bookmarks.</summary>
public sealed class SectionPagingTests
{
    private static PageSetup Numbered() => LayoutHarness.A4() with
    {
        FooterHeight = Units.Mm(8),
        Footer = info => LayoutHarness.Text($"{info.Number} | {info.NumberInSection}/{info.SectionPages}"),
    };

    private static Section Pages(int count, string title, bool odd = false) =>
        new(Numbered(), new Column([.. Enumerable.Range(0, count).Select(i => (Element)new Column([LayoutHarness.Text($"{title} {i + 1}"), new PageBreak()]))]), title)
        {
            StartsOnOddPage = odd,
        };

    private static List<string> Footers(RecordingCanvas canvas) =>
        [.. canvas.Pages.Select(p => p.Texts.LastOrDefault()?.Text ?? "")];

    [Fact]
    public void The_footer_knows_the_page_within_its_section_and_the_section_length()
    {
        var canvas = LayoutHarness.Render(new DocumentModel("t", [Pages(2, "a"), Pages(3, "b")]));
        Assert.Equal(["1 | 1/2", "2 | 2/2", "3 | 1/3", "4 | 2/3", "5 | 3/3"], Footers(canvas));
    }

    [Fact]
    public void A_section_that_starts_on_an_odd_page_gets_a_marked_blank_page_before_it_when_needed()
    {
        var canvas = LayoutHarness.Render(new DocumentModel("t", [Pages(1, "a"), Pages(2, "b", odd: true), Pages(1, "c", odd: true), Pages(1, "d", odd: true)]));
        Assert.Equal(7, canvas.Pages.Count);
        Assert.Equal(DocumentComposer.BlankPageText, canvas.Pages[1].Texts.Single().Text);
        Assert.StartsWith("b 1", canvas.Pages[2].Texts[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("c 1", canvas.Pages[4].Texts[0].Text, StringComparison.Ordinal); // page 5: already odd
        Assert.Equal(DocumentComposer.BlankPageText, canvas.Pages[5].Texts.Single().Text);
        Assert.StartsWith("d 1", canvas.Pages[6].Texts[0].Text, StringComparison.Ordinal);
        Assert.Equal("3 | 1/2", canvas.Pages[2].Texts[^1].Text); // blank pages are not counted in a section
    }

    [Fact]
    public void A_section_bookmark_points_to_its_first_page_and_nests_its_headings()
    {
        var content = new Column([new Heading("Casus", LayoutHarness.Body, 1, "casus"), LayoutHarness.Text("tekst")]);
        var canvas = LayoutHarness.Render(new DocumentModel("t",
        [
            Pages(1, "voor"),
            new Section(Numbered(), content, "Anna") { Bookmark = "Anna", BookmarkLevel = 1, OutlineOffset = 1 },
        ]));
        Assert.Equal([("Anna", 1, 2), ("Casus", 2, 2)], canvas.Bookmarks.Select(b => (b.Title, b.Level, b.Page)));
        Assert.Equal(2, canvas.Destinations[DocumentComposer.SectionAnchor(1)]);
    }
}
