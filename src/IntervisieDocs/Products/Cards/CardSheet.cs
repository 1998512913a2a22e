using IntervisieDocs.Layout;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// Four A6 cards on an A4 sheet for a desktop printer, 2 × 2. Two A6 widths are exactly the A4 width,
/// so the cards touch: the left and right paper edges are card edges, and 0.5 mm is left above and
/// below. The cut lines between the cards get short marks at the card corners, all at least 5 mm from
/// the paper edge (the part a desktop printer prints) and on the cut lines themselves, so they are
/// cut away and never touch a card's text (which keeps <see cref="CardGeometry.InsetMm"/> from the cut).
/// </summary>
internal static class CardSheet
{
    public const int Columns = 2;
    public const int Rows = 2;
    public const int CardsPerSheet = Columns * Rows;

    /// <summary>The border of the paper that a desktop printer does not print.</summary>
    public const double UnprintableMm = 5;

    /// <summary>How far a mark reaches from a card corner along a cut line.</summary>
    public const double MarkReachMm = 4;

    public static readonly Stroke MarkStroke = new(0.4, Color.Black);

    public static Size Paper => PageSetup.A4;

    /// <summary>A4 without margins: the sheet places everything itself.</summary>
    public static PageSetup Page => new(Paper, default);

    public static Rect Printable
    {
        get
        {
            var border = Units.Mm(UnprintableMm);
            return new Rect(0, 0, Paper.Width, Paper.Height).Deflate(border, border, border, border);
        }
    }

    /// <summary>The block of all cards, centred on the paper.</summary>
    private static Rect Grid
    {
        get
        {
            var width = Columns * CardGeometry.Trim.Width;
            var height = Rows * CardGeometry.Trim.Height;
            return new Rect((Paper.Width - width) / 2, (Paper.Height - height) / 2, width, height);
        }
    }

    /// <summary>The card (trim) at <paramref name="slot"/> of a front sheet: 0 1 / 2 3, row by row.</summary>
    public static Rect Front(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, CardsPerSheet);
        var (row, column) = Math.DivRem(slot, Columns);
        var size = CardGeometry.Trim;
        return new Rect(Grid.X + (column * size.Width), Grid.Y + (row * size.Height), size.Width, size.Height);
    }

    /// <summary>
    /// Where the back of the card at <paramref name="slot"/> goes on the back sheet. Printed duplex with
    /// a flip over the long edge, a point at x on the front lands at <c>paper width − x</c> on the back
    /// (y stays), so the back is the front mirrored about the sheet's vertical centre line: the card
    /// in column 1 of a row has its back in column 2 of the same row.
    /// </summary>
    public static Rect Back(int slot)
    {
        var front = Front(slot);
        return front with { X = Paper.Width - front.Right };
    }

    /// <summary>Every cut mark of a sheet (the same on every front sheet, however many cards it holds).</summary>
    public static IReadOnlyList<MarkLine> CutMarks()
    {
        var grid = Grid;
        var printable = Printable;
        var reach = Units.Mm(MarkReachMm);
        var xs = Enumerable.Range(0, Columns + 1).Select(c => grid.X + (c * CardGeometry.Trim.Width)).ToList();
        var ys = Enumerable.Range(0, Rows + 1).Select(r => grid.Y + (r * CardGeometry.Trim.Height)).ToList();
        var marks = new List<MarkLine>();

        // A card edge on the paper edge needs no cut; one inside the printable area is a cut line.
        foreach (var x in xs.Where(x => x > printable.X && x < printable.Right))
        {
            foreach (var y in ys)
            {
                var (from, to) = Along(y - reach, y + reach, grid.Y, grid.Bottom, printable.Y, printable.Bottom);
                marks.Add(new MarkLine(x, from, x, to));
            }
        }

        foreach (var y in ys.Where(y => y > printable.Y && y < printable.Bottom))
        {
            foreach (var x in xs)
            {
                var (from, to) = Along(x - reach, x + reach, grid.X, grid.Right, printable.X, printable.Right);
                marks.Add(new MarkLine(from, y, to, y));
            }
        }

        return marks;
    }

    /// <summary>
    /// A mark's span on its cut line: kept on the cards' part of the line, then, where it would lie in
    /// the unprinted border, moved inward to start where printing starts (keeping its length).
    /// </summary>
    private static (double From, double To) Along(double from, double to, double lineStart, double lineEnd, double printStart, double printEnd)
    {
        from = Math.Max(from, lineStart);
        to = Math.Min(to, lineEnd);
        var length = to - from;
        if (from < printStart)
        {
            return (printStart, printStart + length);
        }

        return to > printEnd ? (printEnd - length, printEnd) : (from, to);
    }
}
