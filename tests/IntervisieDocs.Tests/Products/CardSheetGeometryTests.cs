using IntervisieDocs.Layout;
using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Tests.Products;

/// <summary>Four A6 cards on A4 for a desktop printer: where the cards, their text and the cut marks are.</summary>
public sealed class CardSheetGeometryTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private static readonly Rect Paper = new(0, 0, PageSetup.A4.Width, PageSetup.A4.Height);

    [Fact]
    public void Four_A6_cards_fill_the_A4_width_and_are_centred_in_its_height()
    {
        var expected = new[] { (0.0, 0.5), (105.0, 0.5), (0.0, 148.5), (105.0, 148.5) };
        for (var slot = 0; slot < 4; slot++)
        {
            var card = CardSheet.Front(slot);
            Assert.Equal(expected[slot], (CardPages.Mm(card.X), CardPages.Mm(card.Y)));
            Assert.Equal((105.0, 148.0), (CardPages.Mm(card.Width), CardPages.Mm(card.Height)));
            Assert.True(Paper.Contains(card));
        }

        Assert.Equal((91.0, 134.0), (CardPages.Mm(CardGeometry.ContentSize.Width), CardPages.Mm(CardGeometry.ContentSize.Height)));
    }

    [Fact]
    public void A_sheet_is_A4_with_the_cards_text_inside_their_cards_and_inside_the_printable_area()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team"));

        Assert.Equal(3, canvas.Pages.Count); // overview + 5 steps + 3 roles = 9 cards
        foreach (var page in canvas.Pages)
        {
            Assert.Equal(PageSetup.A4, page.Size);
            Assert.Null(page.Boxes);
            foreach (var (what, box) in CardPages.Content(page, cards.Measurer, CardSheet.MarkStroke))
            {
                Assert.True(Enumerable.Range(0, 4).Any(slot => CardPages.SheetContent(slot).Contains(box)), $"{what} ligt buiten de tekstvlakken van de kaarten: {box}");
                Assert.True(CardSheet.Printable.Contains(box), $"{what} ligt in de rand die een printer niet drukt: {box}");
            }
        }
    }

    [Fact]
    public void Cut_marks_are_inside_the_printable_area_and_never_over_a_cards_content()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team"));
        var printable = CardSheet.Printable;
        Assert.Equal((5.0, 5.0, 205.0, 292.0), (CardPages.Mm(printable.X), CardPages.Mm(printable.Y), CardPages.Mm(printable.Right), CardPages.Mm(printable.Bottom)));

        foreach (var page in canvas.Pages)
        {
            var marks = CardPages.Marks(page, CardSheet.MarkStroke);
            Assert.Equal(6, marks.Count);
            foreach (var mark in marks)
            {
                var box = CardPages.Bounds(mark);
                Assert.True(printable.Contains(box, 0), $"snijteken buiten het bedrukbare deel: {box}");
                var halfStroke = mark.Stroke.Width / 2;
                var inked = box.Deflate(-halfStroke, -halfStroke, -halfStroke, -halfStroke);
                for (var slot = 0; slot < 4; slot++)
                {
                    Assert.False(inked.Intersects(CardPages.SheetContent(slot)), $"snijteken {box} ligt over de tekst van kaart {slot + 1}");
                }

                Assert.DoesNotContain(page.Texts, t => inked.Intersects(CardPages.Bounds(t, cards.Measurer)));
            }
        }
    }

    [Fact]
    public void Cut_marks_lie_on_the_cut_lines_at_the_card_corners()
    {
        var marks = CardSheet.CutMarks().Select(m => (X1: CardPages.Mm(m.X1), Y1: CardPages.Mm(m.Y1), X2: CardPages.Mm(m.X2), Y2: CardPages.Mm(m.Y2))).ToList();

        // The vertical cut between the columns (x = 105 mm): at the top and bottom ends, moved in to
        // the printable area, and a cross arm where the four cards meet.
        Assert.Contains((105.0, 5.0, 105.0, 9.0), marks);
        Assert.Contains((105.0, 144.5, 105.0, 152.5), marks);
        Assert.Contains((105.0, 288.0, 105.0, 292.0), marks);

        // The horizontal cut between the rows (y = 148.5 mm).
        Assert.Contains((5.0, 148.5, 9.0, 148.5), marks);
        Assert.Contains((101.0, 148.5, 109.0, 148.5), marks);
        Assert.Contains((201.0, 148.5, 205.0, 148.5), marks);

        // Every mark is on an edge shared by two cards: where the cutter goes through, so it is cut away.
        foreach (var mark in CardSheet.CutMarks())
        {
            var box = mark.Bounds;
            var touching = Enumerable.Range(0, 4).Count(slot => Touches(CardSheet.Front(slot), box));
            Assert.True(touching >= 2, $"snijteken {box} ligt niet op een snijlijn tussen kaarten");
        }
    }

    [Fact]
    public void The_last_sheet_keeps_the_marks_and_leaves_empty_places_empty()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team"));
        var last = canvas.Pages[^1];

        Assert.Equal(6, CardPages.Marks(last, CardSheet.MarkStroke).Count);
        Assert.NotEmpty(CardPages.TextIn(last, CardPages.SheetContent(2), cards.Measurer));
        Assert.Empty(CardPages.TextIn(last, CardPages.SheetContent(3), cards.Measurer));
    }

    /// <summary>The segment lies on one of the card's edges.</summary>
    private static bool Touches(Rect card, Rect segment)
    {
        const double tolerance = 0.01;
        var onVertical = segment.Width < tolerance && (Math.Abs(segment.X - card.X) < tolerance || Math.Abs(segment.X - card.Right) < tolerance)
            && segment.Bottom > card.Y && segment.Y < card.Bottom;
        var onHorizontal = segment.Height < tolerance && (Math.Abs(segment.Y - card.Y) < tolerance || Math.Abs(segment.Y - card.Bottom) < tolerance)
            && segment.Right > card.X && segment.X < card.Right;
        return onVertical || onHorizontal;
    }
}
