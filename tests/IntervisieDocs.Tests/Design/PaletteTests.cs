using IntervisieDocs.Layout;

namespace IntervisieDocs.Tests.Design;

/// <summary>The design language's colour rules (docs/ontwerp.md), as tests.</summary>
public sealed class PaletteTests
{
    public static TheoryData<string, double> Tints => new() { { "10 %", 0.10 }, { "25 %", 0.25 }, { "45 %", 0.45 } };

    [Theory]
    [MemberData(nameof(Tints))]
    public void Black_text_on_every_tint_keeps_4_5_to_1_in_grey(string name, double share)
    {
        var tint = Palette.Tint(share);
        Assert.True(Palette.GreyContrast(Palette.Ink, tint) >= 4.5, name);
        Assert.Equal(Palette.Ink, Palette.TextOn(tint));
    }

    [Fact]
    public void White_text_on_the_accent_keeps_4_5_to_1_in_grey_and_the_accent_on_white_too()
    {
        Assert.True(Palette.GreyContrast(Color.White, Palette.Accent) >= 4.5);
        Assert.Equal(Color.White, Palette.TextOn(Palette.Accent));
        Assert.Equal(68, Palette.Grey(Palette.Accent));
    }

    [Fact]
    public void Tints_differ_enough_in_grey_to_tell_apart()
    {
        byte[] greys = [Palette.Grey(Palette.Tint10), Palette.Grey(Palette.Tint25), Palette.Grey(Palette.Tint45), Palette.Grey(Palette.Accent)];
        Assert.All(greys.Zip(greys.Skip(1)), p => Assert.True(p.First - p.Second >= 25, $"{p.First} / {p.Second}"));
    }

    [Fact]
    public void Muted_text_on_white_and_on_the_light_tint_keeps_4_5_to_1() =>
        Assert.True(Palette.GreyContrast(Palette.Muted, Palette.Tint10) >= 4.5);
}
