using System.Reflection;
using IntervisieDocs.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace IntervisieDocs.Pdf;

/// <summary>
/// The one typeface of every product: Lato (SIL Open Font License 1.1, licence in Fonts/OFL-Lato.txt),
/// embedded in this assembly. A character Lato has no glyph for is set in the first fallback font that
/// has one (Noto, also OFL 1.1; origin and licence in Fonts/Fallback/OFL-Noto.txt), so nothing prints
/// blank. PDFsharp's font resolver is process-wide, so it is set once here and nothing depends on fonts
/// installed on the machine.
/// </summary>
internal static class FontSetup
{
    public const string Family = "Lato";

    /// <summary>A fallback family: its regular face and, when there is one, its bold face (italic uses these).</summary>
    private sealed record Fallback(string Family, string Regular, string? Bold);

    /// <summary>In the order they are tried: letters first, then signs.</summary>
    private static readonly Fallback[] Fallbacks =
    [
        new("Noto Sans", "NotoSans-Regular", "NotoSans-Bold"),
        new("Noto Sans Armenian", "NotoSansArmenian-Regular", "NotoSansArmenian-Bold"),
        new("Noto Sans Georgian", "NotoSansGeorgian-Regular", "NotoSansGeorgian-Bold"),
        new("Noto Sans Symbols 2", "NotoSansSymbols2-Regular", null),
        new("Noto Sans Symbols", "NotoSansSymbols-Regular", null),
        new("Noto Sans Math", "NotoSansMath-Regular", null),
    ];

    /// <summary>
    /// Coverage of Lato (index 0) and of each fallback (index 1 …), each read from its font's cmap table
    /// the first time a character needs it: a document that Lato sets whole never reads a fallback font,
    /// and one that needs a symbol reads only the fonts up to the one that has it.
    /// </summary>
    private static readonly Lazy<FontCoverage>[] Coverage =
        [new(() => FontCoverage.Read(FontBytes("Lato-Regular"))), .. Fallbacks.Select(f => new Lazy<FontCoverage>(() => FontCoverage.Read(FontBytes(f.Regular))))];

    /// <summary>
    /// Which font sets <paramref name="c"/>: 0 for Lato, 1 … for a fallback; 0 too when no font has it
    /// (the loader refuses the scripts that none covers: UnsupportedScripts).
    /// </summary>
    public static int FontFor(char c)
    {
        if (c < 0x0370 || Coverage[0].Value.Has(c))
        {
            return 0;
        }

        for (var i = 1; i < Coverage.Length; i++)
        {
            if (Coverage[i].Value.Has(c))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Whether every character of <paramref name="text"/> is in Lato (the common case: no splitting into runs).</summary>
    public static bool AllInLato(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x0370 && FontFor(c) != 0)
            {
                return false;
            }
        }

        return true;
    }
    private static readonly Lock Gate = new();
    private static bool _initialized;

    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (_initialized)
            {
                return;
            }

            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _initialized = true;
        }
    }

    /// <param name="font">0 for Lato, 1 … for a fallback (<see cref="FontFor"/>).</param>
    public static XFont CreateFont(FontFace face, double size, int font = 0)
    {
        EnsureInitialized();
        var style = face switch
        {
            FontFace.Bold => XFontStyleEx.Bold,
            FontFace.Italic => XFontStyleEx.Italic,
            FontFace.BoldItalic => XFontStyleEx.BoldItalic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(font == 0 ? Family : Fallbacks[font - 1].Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>The licence text of the embedded fonts.</summary>
    public static string LicenseText()
    {
        using var stream = typeof(FontSetup).Assembly.GetManifestResourceStream("IntervisieDocs.Fonts.OFL-Lato.txt")
            ?? throw new InvalidOperationException("Licentie van het lettertype ontbreekt in de assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Each font file read once: the character maps and PDFsharp's resolver both ask for Lato and the fallbacks.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> FontFiles = new(StringComparer.Ordinal);

    private static byte[] FontBytes(string faceName) => FontFiles.GetOrAdd(faceName, ReadFont);

    private static byte[] ReadFont(string faceName)
    {
        var assembly = typeof(FontSetup).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream($"IntervisieDocs.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Lettertype {faceName} ontbreekt in de assembly.");
        var bytes = new byte[stream.Length]; // one array of the exact size: fonts are large (LOH) objects
        stream.ReadExactly(bytes);
        return bytes;
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            if (Array.Find(Fallbacks, f => f.Family == familyName) is { } fallback)
            {
                return new FontResolverInfo(bold && fallback.Bold is not null ? fallback.Bold : fallback.Regular);
            }

            var face = (bold, italic) switch
            {
                (true, true) => "Lato-BoldItalic",
                (true, false) => "Lato-Bold",
                (false, true) => "Lato-Italic",
                _ => "Lato-Regular",
            };
            return new FontResolverInfo(face);
        }

        public byte[]? GetFont(string faceName) => FontBytes(faceName);
    }
}
