using IntervisieDocs.Layout;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class ListTests
{
    private static List<RecordedText> Texts(string markdown) => Compose.Markdown(markdown).Pages[0].Texts;

    private static RecordedText Find(List<RecordedText> texts, string text) => texts.Single(t => t.Text == text);

    [Fact]
    public void Bullet_list_items_get_a_bullet_marker_left_of_the_text()
    {
        var texts = Texts("- een\n- twee");

        Assert.Equal(["•", "een", "•", "twee"], texts.Select(t => t.Text));
        Assert.True(texts[1].X > texts[0].X);
        Assert.Equal(texts[0].Baseline, texts[1].Baseline, 3);
    }

    [Fact]
    public void Numbered_list_counts_from_one()
    {
        Assert.Equal(["1.", "een", "2.", "twee", "3.", "drie"], Texts("1. een\n2. twee\n3. drie").Select(t => t.Text));
    }

    [Fact]
    public void Numbered_list_respects_its_start_number_and_delimiter()
    {
        Assert.Equal(["3)", "drie", "4)", "vier"], Texts("3) drie\n4) vier").Select(t => t.Text));
    }

    [Fact]
    public void Nested_items_are_indented_further_than_outer_items()
    {
        var texts = Texts("- buiten\n  - binnen\n    1. dieper\n- weer buiten");

        var outer = Find(texts, "buiten");
        var inner = Find(texts, "binnen");
        var deeper = Find(texts, "dieper");
        Assert.True(inner.X > outer.X);
        Assert.True(deeper.X > inner.X);
        Assert.Equal(outer.X, Find(texts, "weer buiten").X, 3);
        Assert.Equal("–", texts.Single(t => t.Baseline == inner.Baseline && t.X < inner.X).Text);
    }

    [Fact]
    public void Markers_column_widens_for_three_digit_numbers()
    {
        var small = Find(Texts("98. a\n99. b"), "a");
        var large = Find(Texts("998. a\n999. b"), "a");

        Assert.True(large.X > small.X);
    }

    [Fact]
    public void Item_text_is_rich_text()
    {
        var texts = Texts("- een **vet** woord");

        Assert.Equal(FontFace.Bold, Find(texts, "vet").Style.Face);
    }

    [Fact]
    public void Loose_list_has_more_space_between_items_than_tight_list()
    {
        var tight = Texts("- een\n- twee");
        var loose = Texts("- een\n\n- twee");

        Assert.True(loose[3].Baseline - loose[1].Baseline > tight[3].Baseline - tight[1].Baseline);
    }

    [Fact]
    public void Task_items_are_checkboxes_not_bullets()
    {
        var page = Compose.Markdown("- [ ] open\n- [x] afgevinkt").Pages[0];

        Assert.Equal(["open", "afgevinkt"], page.Texts.Select(t => t.Text));
        Assert.Equal(2, page.Rectangles.Count);
        Assert.All(page.Rectangles, r =>
        {
            Assert.Equal(Units.Mm(5), r.Rect.Width, 3);
            Assert.Equal(r.Rect.Width, r.Rect.Height, 3);
            Assert.Null(r.Fill);
            Assert.True(r.Rect.Right < page.Texts[0].X);
        });
        // Only the ticked box gets its check mark (two strokes).
        Assert.Equal(2, page.Lines.Count);
        Assert.All(page.Lines, l => Assert.True(l.Y1 >= page.Rectangles[1].Rect.Y && l.Y1 <= page.Rectangles[1].Rect.Bottom));
    }

    [Fact]
    public void Task_item_content_below_the_label_is_indented_to_the_label()
    {
        var page = Compose.Markdown("- [ ] vraag\n\n  toelichting").Pages[0];

        Assert.Equal(Find(page.Texts, "vraag").X, Find(page.Texts, "toelichting").X, 3);
    }

    [Fact]
    public void Mixed_list_draws_bullets_only_for_plain_items()
    {
        var page = Compose.Markdown("- [ ] vakje\n- gewoon").Pages[0];

        Assert.Single(page.Rectangles);
        Assert.Equal(["vakje", "•", "gewoon"], page.Texts.Select(t => t.Text));
    }
}
