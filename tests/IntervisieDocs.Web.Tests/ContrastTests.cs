using System.Globalization;
using System.Text.RegularExpressions;

namespace IntervisieDocs.Web.Tests;

/// <summary>The stylesheet's colour pairs meet WCAG AA for normal text (4.5:1).</summary>
public sealed partial class ContrastTests
{
    private static readonly string Css = File.ReadAllText(Path.Join(RepoPaths.Root, "src", "IntervisieDocs.Web", "Assets", "site.css"));

    private static string Colour(string name) => name.StartsWith('#') ? name : Variable().Matches(Css).Single(m => m.Groups[1].Value == name).Groups[2].Value;

    [Theory]
    [InlineData("tekst", "#ffffff")]
    [InlineData("zacht", "#ffffff")]
    [InlineData("zacht", "vlak")]
    [InlineData("accent", "#ffffff")]
    [InlineData("accent", "vlak")]
    [InlineData("fout", "#ffffff")]
    [InlineData("let-op", "vlak")]
    [InlineData("#ffffff", "accent-donker")]
    [InlineData("#ffffff", "accent")]
    public void Text_colours_have_enough_contrast(string foreground, string background)
    {
        var ratio = Ratio(Colour(foreground), Colour(background));

        Assert.True(ratio >= 4.5, $"{foreground} on {background}: {ratio:0.00}:1");
    }

    private static double Ratio(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex(@"--([a-z-]+):\s*(#[0-9a-f]{6});")]
    private static partial Regex Variable();
}
