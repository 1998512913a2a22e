using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

/// <summary>Fixed areas on a page (cards on a sheet) and content centred in its space.</summary>
public sealed class FixedAreasTests
{
    private static readonly Stroke Mark = new(0.4, Color.Black);

    private static PageSetup Sheet => new(Size.FromMm(200, 100), default);

    [Fact]
    public void Each_area_gets_its_content_at_its_place_and_marks_are_drawn()
    {
        var left = new Rect(Units.Mm(10), Units.Mm(10), Units.Mm(80), Units.Mm(80));
        var right = left with { X = Units.Mm(110) };
        var page = new FixedAreas(
            [new FixedArea(left, LayoutHarness.Text("links")), new FixedArea(right, LayoutHarness.Text("rechts"))],
            [new MarkLine(Units.Mm(100), 0, Units.Mm(100), Units.Mm(5))],
            Mark);

        var canvas = LayoutHarness.Render(page, Sheet);

        var texts = canvas.Pages.Single().Texts;
        Assert.Equal(left.X, texts.Single(t => t.Text == "links").X, 3);
        Assert.Equal(right.X, texts.Single(t => t.Text == "rechts").X, 3);
        Assert.True(texts.All(t => t.Baseline > left.Y));
        var line = canvas.Pages[0].Lines.Single();
        Assert.Equal((Units.Mm(100), 0.0, Units.Mm(100), Units.Mm(5)), (line.X1, line.Y1, line.X2, line.Y2));
        Assert.Equal(Mark, line.Stroke);
    }

    [Fact]
    public void Content_continues_in_the_next_area_where_it_stopped()
    {
        var text = LayoutHarness.Text(LayoutHarness.Lorem(300));
        var area = new Rect(0, 0, Units.Mm(60), Units.Mm(40));
        var page = new FixedAreas([new FixedArea(area, text), new FixedArea(area with { X = Units.Mm(100) }, text)], [], Mark);

        var drawn = LayoutHarness.Render(page, Sheet).Pages.Single().Texts;

        var first = drawn.Where(t => t.X < Units.Mm(100)).ToList();
        var second = drawn.Where(t => t.X >= Units.Mm(100)).ToList();
        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.True(drawn.All(t => t.Baseline < area.Bottom));
        var all = LayoutHarness.Joined(drawn.Select(t => t.Text.TrimEnd())).Split(' ');
        all = all[^1].EndsWith('-') ? all[..^1] : all; // the last area may end inside a hyphenated word
        Assert.Equal(LayoutHarness.Lorem(300).Split(' ').Take(all.Length), all);
    }

    [Fact]
    public void An_area_is_a_whole_page_for_what_keeps_together()
    {
        // Taller than the area: a keep-together block splits there, as it would on a fresh page.
        var block = new KeepTogether(LayoutHarness.Text(LayoutHarness.Lorem(200)));
        var area = new Rect(0, 0, Units.Mm(60), Units.Mm(40));
        var page = new FixedAreas([new FixedArea(area, block)], [], Mark);

        var drawn = LayoutHarness.Render(page, Sheet).Pages.Single().Texts;

        Assert.NotEmpty(drawn);
        Assert.True(drawn.All(t => t.Baseline <= area.Bottom));
    }

    [Fact]
    public void Content_that_cannot_put_anything_in_its_area_is_an_error_not_clipped()
    {
        var page = new FixedAreas([new FixedArea(new Rect(0, 0, Units.Mm(60), Units.Mm(20)), new AnswerBox(30))], [], Mark);

        var error = Assert.Throws<LayoutException>(() => LayoutHarness.Render(page, Sheet));

        Assert.Contains("60 × 20 mm", error.Message);
        Assert.Contains("Antwoordvak (30 mm)", error.Message);
    }

    [Fact]
    public void The_page_size_seen_by_the_content_is_restored_afterwards()
    {
        var context = LayoutHarness.Context(new Size(500, 700));
        context.Canvas.BeginPage(new Size(500, 700), null);

        FixedAreas.DrawAsPage(LayoutHarness.Text("x"), new Rect(10, 10, 100, 50), context);

        Assert.Equal(new Size(500, 700), context.PageContentSize);
    }

    [Fact]
    public void Vertical_center_puts_content_that_fits_in_the_middle()
    {
        var space = new Rect(0, 0, 200, 300);
        var context = LayoutHarness.Context(space.Size);
        var text = LayoutHarness.Text("midden");
        var height = text.Measure(space.Size, context).Height;
        var centred = new VerticalCenter(LayoutHarness.Text("midden"));

        Assert.Equal(SpacePlan.Full(200, 300), centred.Measure(space.Size, context));
        context.Canvas.BeginPage(space.Size, null);
        centred.Draw(space, context);

        var drawn = ((RecordingCanvas)context.Canvas).Pages[0].Texts.Single();
        var line = text.LinesFor(200, context)[0];
        Assert.Equal(((300 - height) / 2) + line.Ascent, drawn.Baseline, 3);
    }

    [Fact]
    public void Vertical_center_lays_content_that_splits_from_the_top()
    {
        var space = new Size(200, 40);
        var context = LayoutHarness.Context(space);
        var centred = new VerticalCenter(LayoutHarness.Text(LayoutHarness.Lorem(200)));

        var plan = centred.Measure(space, context);

        Assert.Equal(SpacePlanKind.Partial, plan.Kind);
        context.Canvas.BeginPage(space, null);
        centred.Draw(new Rect(0, 0, 200, 40), context);
        Assert.True(((RecordingCanvas)context.Canvas).Pages[0].Texts[0].Baseline < 13);
    }
}
