using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Typography;

/// <summary>Characters Lato lacks are measured and set in an embedded fallback font, never left blank.</summary>
public sealed class FontFallbackTests
{
    [Theory]
    [InlineData('A')]
    [InlineData('ł')]
    [InlineData('ř')]
    [InlineData('ğ')]
    [InlineData('Ω')]
    [InlineData('Ж')]
    [InlineData('ễ')]
    [InlineData('’')]
    [InlineData('–')]
    public void Lato_sets_Latin_Greek_and_Cyrillic_itself(char c) => Assert.Equal(0, FontSetup.FontFor(c));

    [Theory]
    [InlineData('Ա')] // Armenian
    [InlineData('ა')] // Georgian
    [InlineData('✓')]
    [InlineData('★')]
    [InlineData('☐')]
    [InlineData('⇒')]
    [InlineData('∈')]
    [InlineData('Ԥ')] // Cyrillic supplement
    public void A_character_Lato_lacks_comes_from_a_fallback_with_a_real_width(char c)
    {
        Assert.NotEqual(0, FontSetup.FontFor(c));
        var width = new TextMeasurer().Width(c.ToString(), TextStyle.Body);
        Assert.True(width > 1, $"{c}: {width} pt breed");
    }

    [Fact]
    public void The_fallback_fonts_and_their_licence_ship_with_the_code()
    {
        var folder = Path.Join(RepoPaths.Root, "src", "IntervisieDocs", "Pdf", "Fonts", "Fallback");
        var licence = File.ReadAllText(Path.Join(folder, "OFL-Noto.txt"));

        Assert.Contains("SIL Open Font License", licence, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-core", licence, StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(folder, "*.ttf"), f => Assert.Contains(Path.GetFileName(f), licence, StringComparison.Ordinal));
    }
}
