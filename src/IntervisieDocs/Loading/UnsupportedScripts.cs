using System.Text;

namespace IntervisieDocs.Loading;

/// <summary>
/// Scripts the layout engine cannot set: it draws one glyph per character from left to right and
/// breaks lines at spaces, so text written right to left (Hebrew, Arabic …), text whose letters
/// change shape and combine (the Indic scripts, Thai, Tibetan, Khmer …) and text without spaces
/// between words (Chinese, Japanese, Korean) would print wrong or blank. Such text is refused when
/// the data is read, with the script named, instead of a gap on paper.
/// </summary>
internal static class UnsupportedScripts
{
    private readonly record struct Block(int First, int Last, string Script, Reason Reason);

    private enum Reason
    {
        RightToLeft,
        Shaping,
        Cjk,
        DirectionControl,
    }

    private static readonly Block[] Blocks =
    [
        new(0x0590, 0x05FF, "Hebreeuws schrift", Reason.RightToLeft),
        new(0x0600, 0x06FF, "Arabisch schrift", Reason.RightToLeft),
        new(0x0700, 0x074F, "Syrisch schrift", Reason.RightToLeft),
        new(0x0750, 0x077F, "Arabisch schrift", Reason.RightToLeft),
        new(0x0780, 0x07BF, "Thaanaschrift", Reason.RightToLeft),
        new(0x07C0, 0x07FF, "N’Ko-schrift", Reason.RightToLeft),
        new(0x0800, 0x08FF, "Arabisch schrift", Reason.RightToLeft),
        new(0x0900, 0x0DFF, "een Indiaas schrift", Reason.Shaping),
        new(0x0E00, 0x0E7F, "Thais schrift", Reason.Shaping),
        new(0x0E80, 0x0EFF, "Laotiaans schrift", Reason.Shaping),
        new(0x0F00, 0x0FFF, "Tibetaans schrift", Reason.Shaping),
        new(0x1000, 0x109F, "Birmaans schrift", Reason.Shaping),
        new(0x1100, 0x11FF, "Koreaans schrift", Reason.Cjk),
        new(0x1780, 0x17FF, "Khmerschrift", Reason.Shaping),
        new(0x1800, 0x18AF, "Mongools schrift", Reason.Shaping),
        new(0x200E, 0x200F, "schrijfrichting", Reason.DirectionControl),
        new(0x202A, 0x202E, "schrijfrichting", Reason.DirectionControl),
        new(0x2066, 0x2069, "schrijfrichting", Reason.DirectionControl),
        new(0x2E80, 0x2FDF, "Chinese tekens", Reason.Cjk),
        new(0x3000, 0x303F, "Chinese, Japanse of Koreaanse tekens", Reason.Cjk),
        new(0x3040, 0x30FF, "Japans schrift", Reason.Cjk),
        new(0x3100, 0x312F, "Chinese tekens", Reason.Cjk),
        new(0x3130, 0x318F, "Koreaans schrift", Reason.Cjk),
        new(0x3190, 0x9FFF, "Chinese tekens", Reason.Cjk),
        new(0xA960, 0xA97F, "Koreaans schrift", Reason.Cjk),
        new(0xA980, 0xA9DF, "Javaans schrift", Reason.Shaping),
        new(0xAC00, 0xD7FF, "Koreaans schrift", Reason.Cjk),
        new(0xF900, 0xFAFF, "Chinese tekens", Reason.Cjk),
        new(0xFB1D, 0xFB4F, "Hebreeuws schrift", Reason.RightToLeft),
        new(0xFB50, 0xFDFF, "Arabisch schrift", Reason.RightToLeft),
        new(0xFE70, 0xFEFF, "Arabisch schrift", Reason.RightToLeft),
        new(0xFF00, 0xFFEF, "Chinese, Japanse of Koreaanse tekens", Reason.Cjk),
        new(0x10800, 0x10FFF, "een rechts-naar-links-schrift", Reason.RightToLeft),
        new(0x1E800, 0x1EFFF, "een rechts-naar-links-schrift", Reason.RightToLeft),
        new(0x20000, 0x3FFFF, "Chinese tekens", Reason.Cjk),
    ];

    /// <summary>The first character of <paramref name="text"/> in a script the engine cannot set, with a Dutch explanation; null when there is none.</summary>
    public static (int Index, string Message)? Find(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (rune.Value >= 0x0590 && Lookup(rune.Value) is { } block)
            {
                return (i, Describe(block, Excerpt(text, i), rune.Value));
            }

            i += rune.Utf16SequenceLength;
        }

        return null;
    }

    private static Block? Lookup(int value)
    {
        foreach (var block in Blocks)
        {
            if (value >= block.First && value <= block.Last)
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>The word the character is in (at most 24 characters), so the user finds the place.</summary>
    private static string Excerpt(string text, int index)
    {
        var start = index;
        while (start > 0 && index - start < 12 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && end - index < 12 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static string Describe(Block block, string excerpt, int value) => block.Reason switch
    {
        Reason.RightToLeft => $"tekst in {block.Script} ('{excerpt}') kan niet gedrukt worden: de opmaak zet geen tekst van rechts naar links; schrijf het in Latijnse letters",
        Reason.Shaping => $"tekst in {block.Script} ('{excerpt}') kan niet gedrukt worden: de opmaak kan de letters van dat schrift niet samenvoegen; schrijf het in Latijnse letters",
        Reason.Cjk => $"tekst in {block.Script} ('{excerpt}') kan niet gedrukt worden: daarvoor heeft de opmaak geen lettertype en geen regelafbreking; schrijf het in Latijnse letters",
        _ => $"een onzichtbaar teken voor de schrijfrichting (U+{value:X4}, bij '{excerpt}') kan niet gedrukt worden; haal het weg",
    };
}
