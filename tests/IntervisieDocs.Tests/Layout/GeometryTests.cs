using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

/// <summary>Given this space and this content, expect these positions and sizes.</summary>
public sealed class GeometryTests
{
    private static readonly Size Page = new(400, 600);

    [Fact]
    public void Paragraph_measures_the_sum_of_its_line_heights()
    {
        var context = LayoutHarness.Context(Page);
        var paragraph = LayoutHarness.Text(LayoutHarness.Lorem(80));
        var plan = paragraph.Measure(Page, context);
        var lines = paragraph.LinesFor(400, context);
        Assert.Equal(SpacePlanKind.Full, plan.Kind);
        Assert.Equal(lines.Sum(l => l.Height), plan.Height, 6);
        Assert.Equal(lines.Count * 13, plan.Height, 3);
    }

    [Fact]
    public void Paragraph_in_too_little_space_is_partial_then_continues()
    {
        var context = LayoutHarness.Context(Page);
        var paragraph = LayoutHarness.Text(LayoutHarness.Lorem(200));
        var plan = paragraph.Measure(new Size(400, 40), context);
        Assert.Equal(SpacePlanKind.Partial, plan.Kind);
        Assert.Equal(39, plan.Height, 3); // three lines of 13 pt
        context.Canvas.BeginPage(Page, null);
        paragraph.Draw(new Rect(0, 0, 400, plan.Height), context);
        var rest = paragraph.Measure(Page, context);
        Assert.Equal(SpacePlanKind.Full, rest.Kind);
    }

    [Fact]
    public void Paragraph_with_no_room_for_a_line_wraps_with_a_reason()
    {
        var plan = LayoutHarness.Text("tekst").Measure(new Size(400, 5), LayoutHarness.Context(Page));
        Assert.True(plan.IsWrap);
        Assert.Contains("tekst", plan.Reason);
    }

    [Theory]
    [InlineData("Left")]
    [InlineData("Center")]
    [InlineData("Right")]
    public void Alignment_places_a_short_line(string alignmentName)
    {
        var alignment = Enum.Parse<TextAlignment>(alignmentName);
        var canvas = LayoutHarness.Render(LayoutHarness.Text("Kort", alignment), LayoutHarness.Custom(100, 100, 10));
        var text = canvas.Pages[0].Texts.Single();
        var left = Units.Mm(10);
        var width = Units.Mm(80);
        var expected = alignment switch
        {
            TextAlignment.Center => left + ((width - text.Width) / 2),
            TextAlignment.Right => left + width - text.Width,
            _ => left,
        };
        Assert.Equal(expected, text.X, 3);
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last_and_any_that_would_show_a_river()
    {
        var canvas = LayoutHarness.Render(LayoutHarness.Text(LayoutHarness.Lorem(60), TextAlignment.Justify), LayoutHarness.Custom(100, 200, 10));
        var right = Units.Mm(90);
        var lines = canvas.Pages[0].Texts.GroupBy(t => Math.Round(t.Baseline, 2)).ToList();
        Assert.True(lines.Count > 2);
        var space = new TextMeasurer().Width(" ", TextStyle.Body);
        var filled = 0;
        foreach (var line in lines.SkipLast(1))
        {
            var end = line.Max(t => t.X + t.Width);
            if (Math.Abs(end - right) < 0.01)
            {
                filled++;
                continue;
            }

            // Left ragged only where filling it would stretch its spaces past twice their width (a river).
            Assert.True((right - end) / (line.Count() - 1) > (Paragraph.MaxJustifiedStretch - 1) * space, $"regel eindigt op {end:0.0} in plaats van {right:0.0}");
        }

        Assert.True(filled * 2 >= lines.Count - 1, $"{filled} van {lines.Count - 1} regels uitgevuld");

        Assert.True(lines[^1].Max(t => t.X + t.Width) < right - 5);
    }

    [Fact]
    public void Column_stacks_children_with_spacing()
    {
        var canvas = LayoutHarness.Render(new Column([LayoutHarness.Text("een"), LayoutHarness.Text("twee")], spacing: 10), LayoutHarness.A4());
        var texts = canvas.Pages[0].Texts;
        Assert.Equal(13 + 10, texts[1].Baseline - texts[0].Baseline, 3);
    }

    [Fact]
    public void Padding_moves_content_and_adds_to_the_size()
    {
        var context = LayoutHarness.Context(Page);
        var padded = new Padding(LayoutHarness.Text("x"), new Thickness(10, 20, 30, 40));
        var plan = padded.Measure(Page, context);
        Assert.Equal(13 + 60, plan.Height, 3);
        var canvas = LayoutHarness.Render(padded, LayoutHarness.Custom(100, 100, 0));
        Assert.Equal(10, canvas.Pages[0].Texts[0].X, 3);
    }

    [Fact]
    public void Box_draws_its_frame_around_title_and_content()
    {
        var box = new Box(LayoutHarness.Text("inhoud"), BoxStyle.Framed(3), "Titel");
        var canvas = LayoutHarness.Render(box, LayoutHarness.Custom(100, 100, 10));
        var frame = canvas.Pages[0].Rectangles.Single();
        Assert.Equal(Units.Mm(10), frame.Rect.X, 3);
        Assert.Equal(Units.Mm(80), frame.Rect.Width, 3);
        Assert.All(canvas.Pages[0].Texts, t => Assert.True(frame.Rect.Contains(new Rect(t.X, t.Baseline - 8, t.Width, 8))));
        Assert.Equal(["Titel", "inhoud"], canvas.Pages[0].Texts.Select(t => t.Text));
    }

    [Fact]
    public void Row_resolves_fixed_and_relative_widths()
    {
        var widths = ColumnWidth.Resolve([ColumnWidth.Fixed(100), ColumnWidth.Relative(1), ColumnWidth.Relative(3)], 500);
        Assert.Equal([100, 100, 300], widths);
    }

    [Fact]
    public void Writing_lines_are_spaced_as_asked()
    {
        var canvas = LayoutHarness.Render(new WritingLines(5, 9), LayoutHarness.A4());
        var ys = canvas.Pages[0].Lines.Select(l => l.Y1).ToList();
        Assert.Equal(5, ys.Count);
        Assert.All(ys.Zip(ys.Skip(1)), p => Assert.Equal(Units.Mm(9), p.Second - p.First, 3));
        Assert.All(canvas.Pages[0].Lines, l => Assert.Equal(Units.Mm(170), l.X2 - l.X1, 3));
    }

    [Fact]
    public void Answer_box_has_the_asked_height()
    {
        var canvas = LayoutHarness.Render(new AnswerBox(40, "Wat is de situatie?"), LayoutHarness.A4());
        var rect = canvas.Pages[0].Rectangles.Single().Rect;
        Assert.Equal(Units.Mm(40), rect.Height, 3);
        Assert.Equal("Wat is de situatie?", canvas.Pages[0].Texts.Single().Text);
    }

    [Fact]
    public void Checkbox_draws_a_square_before_its_label()
    {
        var canvas = LayoutHarness.Render(new Checkbox([new Span("Gaat over een concrete situatie.", TextStyle.Body)]), LayoutHarness.A4());
        var square = canvas.Pages[0].Rectangles.Single().Rect;
        var label = canvas.Pages[0].Texts.Single();
        Assert.Equal(square.Width, square.Height, 3);
        Assert.True(label.X > square.Right);
        Assert.True(Units.ToMm(square.Width) >= 5 - 0.01, "een vakje van minstens 5 mm");

        // The label's line sits in the middle of the taller square.
        Assert.InRange(label.Baseline - (TextStyle.Body.Size * 0.35), square.Y + (square.Height * 0.3), square.Y + (square.Height * 0.7));
    }

    [Fact]
    public void Bullet_list_items_are_indented_with_markers()
    {
        var list = ListBlock.Create([LayoutHarness.Text("eerste"), LayoutHarness.Text("tweede")], ListBlock.Numbers(2), TextStyle.Body, 20, 2);
        var canvas = LayoutHarness.Render(list, LayoutHarness.Custom(100, 100, 10));
        var texts = canvas.Pages[0].Texts;
        Assert.Equal(["1.", "eerste", "2.", "tweede"], texts.Select(t => t.Text));
        Assert.Equal(texts[0].X + 20, texts[1].X, 3);
    }

    [Fact]
    public void Image_keeps_its_aspect_ratio()
    {
        var image = ImageData.Load(TestImages.Png(40, 20), "test.png");
        var canvas = LayoutHarness.Render(new ImageElement(image, 50), LayoutHarness.A4());
        var (_, rect) = canvas.Pages[0].Images.Single();
        Assert.Equal(Units.Mm(50), rect.Width, 3);
        Assert.Equal(Units.Mm(25), rect.Height, 3);
    }

    [Fact]
    public void Jpeg_size_is_read_from_its_frame_header()
    {
        var image = ImageData.Load(TestImages.Jpeg(), "vlak-30x10.jpg");
        Assert.Equal((ImageFormat.Jpeg, 30, 10), (image.Format, image.PixelWidth, image.PixelHeight));
    }

    [Fact]
    public void Unknown_image_bytes_are_refused_with_the_name()
    {
        var error = Assert.Throws<FormatException>(() => ImageData.Load([1, 2, 3, 4, 5, 6], "kapot.gif"));
        Assert.Contains("kapot.gif", error.Message);
    }
}
