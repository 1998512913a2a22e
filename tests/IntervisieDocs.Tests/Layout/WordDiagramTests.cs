using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

/// <summary>The word figure: framed words, the first on top, joined to the others below it.</summary>
public sealed class WordDiagramTests
{
    private static readonly string[] Seed000 = ["SITUATIE", "Moeilijkheden", "Mogelijkheden"];

    [Fact]
    public void Every_word_is_drawn_once_inside_its_own_frame_and_the_frames_do_not_overlap()
    {
        var page = LayoutHarness.Custom(148, 210, 15);
        var drawn = LayoutHarness.Render(new WordDiagram(Seed000, LayoutHarness.Body), page).Pages.Single();
        var measurer = new TextMeasurer();

        Assert.Equal(Seed000, drawn.Texts.Select(t => t.Text));
        Assert.Equal(3, drawn.Rectangles.Count);
        for (var i = 0; i < 3; i++)
        {
            var frame = drawn.Rectangles[i].Rect;
            Assert.True(frame.Contains(LayoutHarness.Bounds(drawn.Texts[i], measurer)), $"'{Seed000[i]}' valt buiten zijn kader");
        }

        Assert.False(drawn.Rectangles[1].Rect.Intersects(drawn.Rectangles[2].Rect));
        Assert.True(drawn.Rectangles[0].Rect.Bottom < drawn.Rectangles[1].Rect.Y);
        Assert.Equal(drawn.Rectangles[1].Rect.Y, drawn.Rectangles[2].Rect.Y, 3);
    }

    [Fact]
    public void The_top_frame_is_centred_and_a_line_joins_it_to_each_frame_below()
    {
        var page = LayoutHarness.Custom(148, 210, 15);
        var drawn = LayoutHarness.Render(new WordDiagram(Seed000, LayoutHarness.Body), page).Pages.Single();
        var body = new Rect(Units.Mm(15), Units.Mm(15), Units.Mm(118), Units.Mm(180));
        var top = drawn.Rectangles[0].Rect;

        Assert.Equal(body.X + (body.Width / 2), top.X + (top.Width / 2), 3);
        Assert.Equal(2, drawn.Lines.Count);
        foreach (var (line, below) in drawn.Lines.Zip(drawn.Rectangles.Skip(1)))
        {
            Assert.Equal((top.X + (top.Width / 2), top.Bottom), (line.X1, line.Y1));
            Assert.Equal((below.Rect.X + (below.Rect.Width / 2), below.Rect.Y), (line.X2, line.Y2));
        }

        var lowest = drawn.Rectangles.Max(r => r.Rect.Bottom);
        Assert.All(drawn.Rectangles, r => Assert.True(body.Contains(r.Rect)));
        Assert.True(lowest <= body.Bottom);
    }

    [Fact]
    public void Measures_the_height_it_draws_and_stays_within_a_narrow_column()
    {
        var diagram = new WordDiagram(["A", "een heel lang woord", "nog een lang woord", "derde"], LayoutHarness.Body);
        var context = LayoutHarness.Context(new Size(Units.Mm(60), Units.Mm(100)));
        var area = new Rect(0, 0, Units.Mm(60), Units.Mm(100));

        var plan = diagram.Measure(area.Size, context);
        var boxes = diagram.Boxes(area with { Height = plan.Height }, context);

        Assert.Equal(boxes.Max(b => b.Bottom), plan.Height, 3);
        Assert.All(boxes, b => Assert.True(b.X >= -0.001 && b.Right <= area.Width + 0.001));
    }
}
