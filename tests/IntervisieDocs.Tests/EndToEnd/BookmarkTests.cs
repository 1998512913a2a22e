using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.EndToEnd;

[Trait("Category", "E2E")]
public sealed class BookmarkTests
{
    [Fact]
    public void Headings_of_the_same_level_are_sibling_bookmarks_even_without_a_chapter_above()
    {
        // Regression: the first level-2 heading became a top-level bookmark and the next one its child.
        var style = TextStyle.Body.Bold();
        var content = new Column([new Heading("A", style, 2, "a"), new Heading("B", style, 2, "b"), new Heading("B1", style, 3, "b1")]);
        var path = Path.Join(Path.GetTempPath(), $"bladwijzers-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, PdfRenderer.Render(new DocumentModel("t", [new Section(PageSetup.WithMarginsMm(PageSetup.A4, 20), content)])));
        try
        {
            var json = System.Text.Json.JsonDocument.Parse(PdfTools.Run("qpdf", "--json", "--json-key=outlines", path).Output);
            var top = json.RootElement.GetProperty("outlines").EnumerateArray().ToList();
            Assert.Equal(["A", "B"], top.Select(o => o.GetProperty("title").GetString()));
            Assert.Equal("B1", top[1].GetProperty("kids")[0].GetProperty("title").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
