using System.Reflection;
using IntervisieDocs.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace IntervisieDocs.Pdf;

/// <summary>
/// The one typeface of every product: Lato (SIL Open Font License 1.1, licence in Fonts/OFL-Lato.txt),
/// embedded in this assembly. PDFsharp's font resolver is process-wide, so it is set once here and
/// nothing depends on fonts installed on the machine.
/// </summary>
internal static class FontSetup
{
    public const string Family = "Lato";
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

    public static XFont CreateFont(FontFace face, double size)
    {
        EnsureInitialized();
        var style = face switch
        {
            FontFace.Bold => XFontStyleEx.Bold,
            FontFace.Italic => XFontStyleEx.Italic,
            FontFace.BoldItalic => XFontStyleEx.BoldItalic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>The licence text of the embedded fonts.</summary>
    public static string LicenseText()
    {
        using var stream = typeof(FontSetup).Assembly.GetManifestResourceStream("IntervisieDocs.Fonts.OFL-Lato.txt")
            ?? throw new InvalidOperationException("Licentie van het lettertype ontbreekt in de assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            var face = (bold, italic) switch
            {
                (true, true) => "Lato-BoldItalic",
                (true, false) => "Lato-Bold",
                (false, true) => "Lato-Italic",
                _ => "Lato-Regular",
            };
            return new FontResolverInfo(face);
        }

        public byte[]? GetFont(string faceName)
        {
            var assembly = typeof(FontSetup).GetTypeInfo().Assembly;
            using var stream = assembly.GetManifestResourceStream($"IntervisieDocs.Fonts.{faceName}.ttf")
                ?? throw new InvalidOperationException($"Lettertype {faceName} ontbreekt in de assembly.");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
    }
}
