using IntervisieDocs.Layout;
using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Tests.Products;

/// <summary>--drukker: one card per page with 3 mm bleed, trim and bleed boxes, crop marks outside the bleed.</summary>
public sealed class PrintShopGeometryTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private static readonly CardOptions PrintShop = new(PrintShop: true);

    private static (double, double, double, double) Mm(Rect r) => (CardPages.Mm(r.X), CardPages.Mm(r.Y), CardPages.Mm(r.Width), CardPages.Mm(r.Height));

    [Fact]
    public void Page_is_the_card_plus_bleed_plus_room_for_the_marks_with_trim_and_bleed_boxes()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team", PrintShop));

        Assert.Equal(11, canvas.Pages.Count); // 9 cards, 2 of them with a "vervolg" card
        foreach (var page in canvas.Pages)
        {
            Assert.Equal((131.0, 174.0), (CardPages.Mm(page.Size.Width), CardPages.Mm(page.Size.Height)));
            var boxes = Assert.IsType<PageBoxes>(page.Boxes);
            Assert.Equal((13.0, 13.0, 105.0, 148.0), Mm(boxes.TrimBox));
            Assert.Equal((10.0, 10.0, 111.0, 154.0), Mm(boxes.BleedBox));
            Assert.True(new Rect(0, 0, page.Size.Width, page.Size.Height).Contains(boxes.BleedBox, 0));
            Assert.True(boxes.BleedBox.Contains(boxes.TrimBox, 0));
        }
    }

    [Fact]
    public void Crop_marks_are_outside_the_bleed_inside_the_page_and_in_line_with_the_trim_edges()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team", PrintShop));

        foreach (var page in canvas.Pages)
        {
            var trim = page.Boxes!.TrimBox;
            var bleed = page.Boxes.BleedBox;
            var marks = CardPages.Marks(page, PrintShopPage.MarkStroke);
            Assert.Equal(8, marks.Count);
            foreach (var mark in marks)
            {
                var box = CardPages.Bounds(mark);
                var half = mark.Stroke.Width / 2;
                var inked = box.Deflate(-half, -half, -half, -half);
                Assert.False(inked.Intersects(bleed), $"snijteken {box} raakt de afloop {bleed}");
                Assert.True(new Rect(0, 0, page.Size.Width, page.Size.Height).Contains(inked, 0), $"snijteken {box} valt van de pagina");
                var inLine = box.Width < 0.01
                    ? Math.Abs(box.X - trim.X) < 0.01 || Math.Abs(box.X - trim.Right) < 0.01
                    : Math.Abs(box.Y - trim.Y) < 0.01 || Math.Abs(box.Y - trim.Bottom) < 0.01;
                Assert.True(inLine, $"snijteken {box} ligt niet in het verlengde van een snijkant");
                Assert.Equal(6.0, CardPages.Mm(Math.Max(box.Width, box.Height)));
            }

            // Two marks at each corner, one per edge: the four trim corners are all marked.
            foreach (var (x, y) in new[] { (trim.X, trim.Y), (trim.Right, trim.Y), (trim.X, trim.Bottom), (trim.Right, trim.Bottom) })
            {
                Assert.Equal(2, marks.Count(m => (Math.Abs(m.X1 - x) < 0.01 && Math.Abs(m.X2 - x) < 0.01) != (Math.Abs(m.Y1 - y) < 0.01 && Math.Abs(m.Y2 - y) < 0.01)
                    && Math.Min(Math.Abs(m.X1 - x) + Math.Abs(m.Y1 - y), Math.Abs(m.X2 - x) + Math.Abs(m.Y2 - y)) <= Units.Mm(4) + 0.01));
            }
        }
    }

    [Fact]
    public void The_cards_content_stays_inside_the_trim_at_the_same_inset_as_on_a_sheet()
    {
        var canvas = cards.Lay(cards.MethodCards("reflecting-team", PrintShop));
        var content = CardGeometry.ContentArea(PrintShopPage.Trim);
        Assert.Equal((20.0, 20.0, 91.0, 134.0), Mm(content));

        foreach (var page in canvas.Pages)
        {
            Assert.NotEmpty(page.Texts);
            foreach (var (what, box) in CardPages.Content(page, cards.Measurer, PrintShopPage.MarkStroke))
            {
                Assert.True(content.Contains(box), $"{what} ligt buiten het tekstvlak van de kaart: {box}");
            }
        }
    }

    [Fact]
    public void A_card_breaks_the_same_on_a_sheet_and_for_the_print_shop()
    {
        var sheet = cards.Lay(cards.MethodCards("socratische-methode"));
        var shop = cards.Lay(cards.MethodCards("socratische-methode", PrintShop));

        var sheetTexts = sheet.Pages.SelectMany(p => Enumerable.Range(0, 4).Select(slot => CardPages.TextIn(p, CardPages.SheetContent(slot), cards.Measurer))).Where(t => t.Length > 0);
        var shopTexts = shop.Pages.Select(p => CardPages.TextIn(p, CardGeometry.ContentArea(PrintShopPage.Trim), cards.Measurer));
        Assert.Equal(sheetTexts, shopTexts);
    }
}
