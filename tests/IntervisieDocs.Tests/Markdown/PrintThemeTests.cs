using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;

namespace IntervisieDocs.Tests.Markdown;

public sealed class PrintThemeTests
{
    public static TheoryData<string> Themes => ["default", "compact", "default-12"];

    private static PrintTheme Named(string name) => name switch
    {
        "compact" => PrintTheme.Compact,
        "default-12" => PrintTheme.Default(12),
        _ => PrintTheme.Default(),
    };

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_colour_is_a_gray(string name)
    {
        var theme = Named(name);
        var colours = new List<Color?>
        {
            theme.Body.Color, theme.BoxTitle.Color, theme.AnswerBoxLabel.Color,
            theme.Table.HeaderFill, theme.Table.Border.Color, theme.Table.HeaderStyle.Color,
            theme.Box.Background, theme.Box.Border?.Color,
            theme.ShadedBox.Background, theme.ShadedBox.Border?.Color,
            theme.Quote.Background, theme.Quote.Border?.Color,
            theme.Code.Background, theme.Code.Border?.Color,
            theme.Card.Background, theme.Card.Border?.Color,
        };
        colours.AddRange(theme.Headings.Select(h => (Color?)h.Style.Color));

        Assert.All(colours.OfType<Color>(), c => Assert.True(c.R == c.G && c.G == c.B, $"{c} is not a gray"));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Writing_lines_stay_usable_with_a_pen(string name)
    {
        Assert.InRange(Named(name).WritingLineSpacingMm, 8, 9);
    }

    [Fact]
    public void Default_has_four_heading_levels_getting_smaller()
    {
        var theme = PrintTheme.Default();

        Assert.Equal(4, theme.Headings.Count);
        Assert.All(theme.Headings, h => Assert.True(h.Style.IsBold));
        Assert.True(theme.Headings.Zip(theme.Headings.Skip(1)).All(p => p.First.Style.Size >= p.Second.Style.Size));
        Assert.Equal(8.5, theme.WritingLineSpacingMm);
    }

    [Fact]
    public void Default_scales_with_the_base_size()
    {
        var small = PrintTheme.Default(10);
        var large = PrintTheme.Default(12);

        Assert.Equal(12, large.Body.Size);
        Assert.Equal(small.Heading(1).Style.Size * 1.2, large.Heading(1).Style.Size, 6);
        Assert.Equal(small.ParagraphSpacing * 1.2, large.ParagraphSpacing, 6);
    }

    [Fact]
    public void Compact_is_smaller_and_tighter_than_default()
    {
        var normal = PrintTheme.Default();
        var compact = PrintTheme.Compact;

        Assert.True(compact.Body.Size < normal.Body.Size);
        Assert.True(compact.ParagraphSpacing < normal.ParagraphSpacing);
        Assert.True(compact.ListIndent < normal.ListIndent);
        Assert.True(compact.Box.Padding.Left < normal.Box.Padding.Left);
    }
}
