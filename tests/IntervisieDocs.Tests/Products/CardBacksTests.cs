using IntervisieDocs.Layout;
using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Tests.Products;

/// <summary>--achterkant: every back lands behind its own front when the sheets are printed duplex.</summary>
public sealed class CardBacksTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private static readonly double PaperWidth = PageSetup.A4.Width;

    /// <summary>Where a point of the front ends up on the back after a flip over the long (left/right) edge.</summary>
    private static Rect FlipOverLongEdge(Rect front) => front with { X = PaperWidth - front.Right };

    [Fact]
    public void After_a_long_edge_flip_each_back_slot_coincides_with_its_front_slot()
    {
        for (var slot = 0; slot < CardSheet.CardsPerSheet; slot++)
        {
            Assert.Equal(FlipOverLongEdge(CardSheet.Front(slot)), CardSheet.Back(slot));
        }

        // Column 1 of a row has its back in column 2 of the same row, and the other way round.
        Assert.Equal(CardSheet.Front(1), CardSheet.Back(0));
        Assert.Equal(CardSheet.Front(0), CardSheet.Back(1));
        Assert.Equal(CardSheet.Front(3), CardSheet.Back(2));
        Assert.Equal(CardSheet.Front(2), CardSheet.Back(3));
        Assert.Equal((105.0, 0.5), (CardPages.Mm(CardSheet.Back(0).X), CardPages.Mm(CardSheet.Back(0).Y)));
    }

    [Fact]
    public void Each_sheet_of_fronts_is_followed_by_a_sheet_of_their_backs_at_the_mirrored_places()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team", new CardOptions(Backs: true)));
        string[][] expected =
        [
            ["Overzicht", "Stap 1", "Stap 2", "Stap 2 (vervolg)"],
            ["Stap 3", "Stap 4", "Stap 5", "Inbrenger"],
            ["Inbrenger (vervolg)", "Gespreksleider", "Reflecting team (teamleden)"],
        ];

        Assert.Equal(6, canvas.Pages.Count);
        for (var sheet = 0; sheet < expected.Length; sheet++)
        {
            var front = canvas.Pages[2 * sheet];
            var back = canvas.Pages[(2 * sheet) + 1];
            Assert.Empty(CardPages.Marks(back, CardSheet.MarkStroke));
            for (var slot = 0; slot < CardSheet.CardsPerSheet; slot++)
            {
                var frontText = CardPages.TextIn(front, CardPages.SheetContent(slot), cards.Measurer);
                var behind = CardPages.TextIn(back, FlipOverLongEdge(CardPages.SheetContent(slot)), cards.Measurer);
                if (slot >= expected[sheet].Length)
                {
                    Assert.Equal("", frontText);
                    Assert.Equal("", behind);
                    continue;
                }

                Assert.Contains(expected[sheet][slot], frontText);
                // A "vervolg" card has the back of the card it continues.
                Assert.StartsWith($"Oplossingsgericht reflecting team {expected[sheet][slot].Replace(" (vervolg)", "", StringComparison.Ordinal)}", behind);
            }
        }
    }

    [Fact]
    public void Backs_are_centred_on_their_card()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team", new CardOptions(Backs: true)));
        var back = canvas.Pages[1];
        var area = CardPages.SheetContent(0, back: true);
        // The back's own text: the deck's name at the panel's foot (in the accent, or just under it) is not part of it.
        var all = CardPages.Texts(back, cards.Measurer).Where(t => area.Contains(t.Box, 0.5)).ToList();
        var deckName = all.Single(t => t.Text.Style.Color == Palette.Accent);
        var boxes = all.Where(t => t.Box.Y < deckName.Box.Y).Select(t => t.Box).ToList();

        var top = boxes.Min(b => b.Y) - area.Y;
        var bottom = area.Bottom - boxes.Max(b => b.Bottom);
        Assert.True(Math.Abs(top - bottom) < Units.Mm(4), $"boven {Units.ToMm(top):0.#} mm, onder {Units.ToMm(bottom):0.#} mm");
    }

    [Fact]
    public void For_the_print_shop_each_front_page_is_followed_by_its_back_with_the_same_boxes()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team", new CardOptions(PrintShop: true, Backs: true)));
        var content = CardGeometry.ContentArea(PrintShopPage.Trim);

        Assert.Equal(22, canvas.Pages.Count); // 9 cards, 2 of them with a "vervolg" card
        for (var card = 0; card < 11; card++)
        {
            var front = canvas.Pages[2 * card];
            var back = canvas.Pages[(2 * card) + 1];
            Assert.Equal(front.Boxes, back.Boxes);
            Assert.Equal(front.Size, back.Size);

            // The trim sits in the middle of the page, so a flip over either edge puts the back's
            // trim exactly behind the front's.
            var trim = front.Boxes!.TrimBox;
            Assert.Equal(trim.X, back.Size.Width - trim.Right, 6);
            Assert.Equal(trim.Y, back.Size.Height - trim.Bottom, 6);
            Assert.NotEmpty(CardPages.TextIn(back, content, cards.Measurer));
        }

        Assert.StartsWith("Oplossingsgericht reflecting team Stap 1", CardPages.TextIn(canvas.Pages[3], content, cards.Measurer));
        Assert.Contains("Stap 1 · Vraag introductie", CardPages.TextIn(canvas.Pages[2], content, cards.Measurer));
    }

    [Fact]
    public void A_card_that_continues_gets_a_back_for_each_of_its_cards()
    {
        var method = LongSteps.Method(600);
        var canvas = cards.Lay(cards.MethodCards(method, new CardOptions(Backs: true)));

        var fronts = canvas.Pages.Where((_, i) => i % 2 == 0).SelectMany(p => Enumerable.Range(0, 4).Select(slot => CardPages.TextIn(p, CardPages.SheetContent(slot), cards.Measurer))).Where(t => t.Length > 0).ToList();
        var backs = canvas.Pages.Where((_, i) => i % 2 == 1).SelectMany(p => Enumerable.Range(0, 4).Select(slot => CardPages.TextIn(p, CardPages.SheetContent(slot, back: true), cards.Measurer))).Where(t => t.Length > 0).ToList();

        Assert.Equal(fronts.Count, backs.Count);
        Assert.Equal(fronts.Count(f => f.Contains("Stap 1", StringComparison.Ordinal)), backs.Count(b => b.Contains("Stap 1", StringComparison.Ordinal)));
    }
}
