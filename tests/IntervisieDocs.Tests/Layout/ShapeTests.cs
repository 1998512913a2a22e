using CsCheck;
using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Layout;

/// <summary>Geometry of the vector shapes: paths, circles, rounded rectangles, the proportional bar, the timeline.</summary>
public sealed class ShapeTests
{
    private static readonly PageSetup Page = LayoutHarness.A4();

    [Fact]
    public void A_circle_is_four_quarter_curves_inside_its_square()
    {
        var path = new VectorPath().AddCircle(50, 60, 10);
        Assert.IsType<MoveSegment>(path.Segments[0]);
        Assert.Equal(4, path.Segments.OfType<CurveSegment>().Count());
        Assert.IsType<CloseSegment>(path.Segments[^1]);
        Assert.Equal(new Rect(40, 50, 20, 20), path.Bounds);

        // The midpoint of a quarter curve lies on the circle (to 0.03 % of the radius).
        var q = path.Segments.OfType<CurveSegment>().First();
        var start = ((MoveSegment)path.Segments[0]).To;
        var mid = new Point(
            (0.125 * start.X) + (0.375 * q.Control1.X) + (0.375 * q.Control2.X) + (0.125 * q.To.X),
            (0.125 * start.Y) + (0.375 * q.Control1.Y) + (0.375 * q.Control2.Y) + (0.125 * q.To.Y));
        Assert.Equal(10, Math.Sqrt(Math.Pow(mid.X - 50, 2) + Math.Pow(mid.Y - 60, 2)), 2);
    }

    [Fact]
    public void A_rounded_rectangle_keeps_its_box_and_caps_the_radius()
    {
        var rect = new Rect(10, 20, 100, 30);
        var path = new VectorPath().AddRoundedRectangle(rect, 50);
        Assert.Equal(rect, path.Bounds);
        var firstLine = path.Segments.OfType<LineSegment>().First();
        Assert.Equal(rect.Right - 15, firstLine.To.X, 6); // radius capped at half the height
    }

    [Fact]
    public void A_shape_draws_one_path_in_its_own_size_at_the_area_top_left()
    {
        var canvas = LayoutHarness.Render(new Column([Shape.Circle(Units.Mm(10), Palette.Accent), Shape.RoundedRectangle(null, 20, 4, Palette.Tint10)]), Page);
        var paths = canvas.Pages.Single().Paths;
        Assert.Equal(2, paths.Count);
        var body = Page.BodyArea;
        var circle = paths[0].Path.Bounds;
        Assert.Equal([body.X, body.Y, Units.Mm(10), Units.Mm(10)], new[] { circle.X, circle.Y, circle.Width, circle.Height }.Select(v => Math.Round(v, 6)), new RoundedComparer());
        Assert.Equal(Palette.Accent, paths[0].Fill);
        Assert.Equal(body.Width, paths[1].Path.Bounds.Width, 6);
        Assert.True(paths[1].Path.Bounds.Y >= paths[0].Path.Bounds.Bottom);
    }

    [Fact]
    public void Bar_widths_are_proportional_fill_the_total_and_respect_the_minimum() =>
        Gen.Int[0, 90].Array[1, 14].Select(Gen.Double[5, 40], Gen.Double[150, 500]).Sample((weights, minimum, total) =>
        {
            var widths = ProportionalBar.Widths([.. weights.Select(w => (double)w)], total, minimum);
            Assert.Equal(total, widths.Sum(), tolerance: 1e-6); // a tolerance, not rounding: rounding flips at ...5
            if (minimum * weights.Length >= total || weights.Sum() == 0)
            {
                Assert.All(widths, w => Assert.Equal(total / weights.Length, w, tolerance: 1e-6));
                return;
            }

            Assert.All(widths, w => Assert.True(w >= minimum - 1e-6));
            // Parts above the minimum are in proportion to their weights.
            var free = weights.Select((w, i) => (w, width: widths[i])).Where(p => p.width > minimum + 1e-6).ToList();
            foreach (var (a, b) in free.Zip(free.Skip(1)))
            {
                Assert.Equal(a.w * b.width, b.w * a.width, tolerance: 1e-6);
            }
        });

    [Fact]
    public void Bar_gives_a_short_step_the_minimum_and_the_rest_in_proportion()
    {
        var widths = ProportionalBar.Widths([5, 20, 40], 300, 30);
        Assert.Equal([30, 90, 180], widths.Select(w => Math.Round(w, 6)));
    }

    private static readonly TimelineStep[] Steps =
    [
        new("1", "Inleiding", 5, Start: new TimeOnly(13, 30)),
        new("2", "Casus", 20, Start: new TimeOnly(13, 35)),
        new("3", "Vragen", 10, Repeats: 3, Start: new TimeOnly(13, 55)),
        new("4", "Extra", 10, Optional: true, Start: new TimeOnly(14, 25)),
        new("5", "Afsluiting", 5, Start: new TimeOnly(14, 35)),
    ];

    [Fact]
    public void Timeline_parts_follow_the_minutes_with_all_rounds_of_a_repeated_step()
    {
        var timeline = new Timeline(Steps, end: new TimeOnly(14, 40));
        Assert.Equal(70, timeline.TotalMinutes);
        var parts = timeline.Parts(400);
        Assert.Equal(5, parts.Count);
        Assert.Equal(parts[1].Width * 1.5, parts[2].Width, 3); // 30 minutes of rounds against 20
        Assert.Equal(400, parts[^1].Right, 6);
        Assert.All(parts, p => Assert.True(p.Width >= timeline.MinimumPart - 1e-6));
    }

    [Fact]
    public void Timeline_draws_numbers_minutes_clock_times_rounds_and_a_dashed_optional_step()
    {
        var canvas = LayoutHarness.Render(new Timeline(Steps, end: new TimeOnly(14, 40)), Page);
        var page = canvas.Pages.Single();
        var texts = page.Texts.Select(t => t.Text).ToList();
        Assert.Contains("13:30", texts);
        Assert.Contains("14:40", texts);
        Assert.Contains("3× 10", texts);
        Assert.Contains("20", texts);
        Assert.All(["1", "2", "3", "4", "5"], n => Assert.Contains(n, texts));
        Assert.Single(page.Paths, p => p.Stroke is { Dash: > 0 });
        Assert.Equal(2, page.Lines.Count(l => Math.Abs(l.X1 - l.X2) < 1e-6 && l.Stroke.Color == Color.White)); // three rounds: two separators
        Assert.Contains(page.Texts, t => t.Text.Contains("eventueel", StringComparison.Ordinal) && t.Text.Contains("per onderwerp", StringComparison.Ordinal));
        var area = new Rect(Page.BodyArea.X, Page.BodyArea.Y, Page.BodyArea.Width, 200);
        Assert.All(page.Paths, p => Assert.True(area.Contains(p.Path.Bounds)));
        Assert.All(page.Texts, t => Assert.True(t.X + t.Width <= area.Right + 0.01, t.Text));
    }

    [Fact]
    public void Timeline_without_clock_times_counts_minutes_and_says_what_it_shows()
    {
        var timeline = new Timeline([new("1", "Begin", 10), new("2", "Eind", 15)]);
        var texts = LayoutHarness.Render(timeline, Page).AllTexts.ToList();
        Assert.Contains("0", texts);
        Assert.Contains("25 min", texts);
        Assert.Equal("Tijdlijn: stap 1 Begin, 10\u00A0min; stap 2 Eind, 15\u00A0min; samen 25\u00A0min.", timeline.AlternativeText);
    }

    [Theory]
    [InlineData("Clock")]
    [InlineData("Group")]
    [InlineData("ChairCircle")]
    [InlineData("Leader")]
    [InlineData("Presenter")]
    [InlineData("Observer")]
    [InlineData("Person")]
    public void A_pictogram_draws_vectors_inside_its_square(string name)
    {
        var kind = Enum.Parse<PictogramKind>(name);
        var size = Units.Mm(8);
        var page = LayoutHarness.Render(new Pictogram(kind, size, Palette.Accent), Page).Pages.Single();
        var box = new Rect(Page.BodyArea.X, Page.BodyArea.Y, size, size);
        Assert.NotEmpty(page.Paths);
        Assert.Empty(page.Images);
        Assert.All(page.Paths, p => Assert.True(box.Contains(p.Path.Bounds, 0.5), $"{kind}: {p.Path.Bounds}"));
        Assert.All(page.Lines, l => Assert.True(box.Contains(new MarkLine(l.X1, l.Y1, l.X2, l.Y2).Bounds, 0.5)));
    }

    [Theory]
    [InlineData("Gespreksleider", "Leader")]
    [InlineData("Casusinbrenger", "Presenter")]
    [InlineData("Probleemeigenaar", "Presenter")]
    [InlineData("Observator", "Observer")]
    [InlineData("Groepsleden", "Person")]
    public void A_role_gets_its_mark_by_its_name(string role, string kind) => Assert.Equal(Enum.Parse<PictogramKind>(kind), Pictogram.ForRole(role));

    [Fact]
    public void Header_band_draws_its_fill_title_and_facts_with_pictograms_inside_its_area()
    {
        var band = new HeaderBand("Balintmethode", "Een casus van alle kanten bekijken", [new(PictogramKind.Clock, "90 min"), new(PictogramKind.Group, "5–8 deelnemers"), new(PictogramKind.Leader, "gespreksleider")]);
        var page = LayoutHarness.Render(new Column([band, LayoutHarness.Text("erna")]), Page).Pages.Single();
        var fill = page.Paths[0];
        Assert.Equal(Palette.Accent, fill.Fill);
        var texts = page.Texts.Where(t => t.Text != "erna").ToList();
        Assert.Contains(texts, t => t.Text == "Balintmethode" && t.Style.Size == 18 && t.Style.Color == Color.White);
        Assert.Contains(texts, t => t.Text == "90 min");
        Assert.All(texts, t => Assert.True(t.X >= fill.Path.Bounds.X && t.X + t.Width <= fill.Path.Bounds.Right && t.Baseline <= fill.Path.Bounds.Bottom, t.Text));
        Assert.True(page.Paths.Count > 4);
        Assert.True(page.Texts.Single(t => t.Text == "erna").Baseline > fill.Path.Bounds.Bottom);
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }
}
