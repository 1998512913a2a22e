namespace IntervisieDocs.Layout;

/// <summary>One side of a printed sheet: the booklet page on its left and right half (null: blank).</summary>
internal readonly record struct SheetSide(int? Left, int? Right);

/// <summary>
/// Saddle-stitch imposition: pages padded with blanks to a multiple of 4, two per sheet side, so that
/// the folded stack reads in order. With N pages, sheet s carries (N−2s+2, 2s−1) on the front and
/// (2s, N−2s+1) on the back; printed duplex with a short-edge flip.
/// </summary>
internal static class Imposition
{
    public static int PaddedCount(int pages) => (pages + 3) / 4 * 4;

    /// <summary>The sides in printing order: sheet 1 front, sheet 1 back, sheet 2 front, …</summary>
    public static IReadOnlyList<SheetSide> SaddleStitch(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var n = PaddedCount(pages);
        var sides = new List<SheetSide>(n / 2);
        for (var s = 1; s <= n / 4; s++)
        {
            sides.Add(new SheetSide(Real(n - (2 * s) + 2), Real((2 * s) - 1)));
            sides.Add(new SheetSide(Real(2 * s), Real(n - (2 * s) + 1)));
        }

        return sides;

        int? Real(int page) => page <= pages ? page : null;
    }
}
