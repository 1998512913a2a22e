using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

public sealed class ImpositionTests
{
    [Fact]
    public void Four_pages_make_one_sheet()
    {
        Assert.Equal([new SheetSide(4, 1), new SheetSide(2, 3)], Imposition.SaddleStitch(4));
    }

    [Fact]
    public void Eight_pages_make_two_sheets_nested()
    {
        Assert.Equal(
            [new SheetSide(8, 1), new SheetSide(2, 7), new SheetSide(6, 3), new SheetSide(4, 5)],
            Imposition.SaddleStitch(8));
    }

    [Fact]
    public void Twelve_pages_make_three_sheets()
    {
        Assert.Equal(
            [new SheetSide(12, 1), new SheetSide(2, 11), new SheetSide(10, 3), new SheetSide(4, 9), new SheetSide(8, 5), new SheetSide(6, 7)],
            Imposition.SaddleStitch(12));
    }

    [Fact]
    public void Thirty_pages_are_padded_with_two_blanks_at_the_end()
    {
        var sides = Imposition.SaddleStitch(30);
        Assert.Equal(16, sides.Count);
        Assert.Equal(new SheetSide(null, 1), sides[0]);
        Assert.Equal(new SheetSide(2, null), sides[1]);
        Assert.Equal(new SheetSide(16, 17), sides[^1]);
        var all = sides.SelectMany(s => new[] { s.Left, s.Right }).OfType<int>().Order();
        Assert.Equal(Enumerable.Range(1, 30), all);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(30)]
    public void Folded_sheets_read_in_page_order(int pages)
    {
        // Stack the sheets, fold them in the middle: reading the left halves front to back of the
        // upper half of the fold, then the right halves back to front, gives 1, 2, 3, …
        var sides = Imposition.SaddleStitch(pages);
        var order = new List<int?>();
        for (var s = 0; s < sides.Count; s += 2)
        {
            order.Add(sides[s].Right);
            order.Add(sides[s + 1].Left);
        }

        for (var s = sides.Count - 2; s >= 0; s -= 2)
        {
            order.Add(sides[s + 1].Right);
            order.Add(sides[s].Left);
        }

        Assert.Equal(Enumerable.Range(1, Imposition.PaddedCount(pages)).Select(p => p <= pages ? p : (int?)null), order);
    }
}
