using IntervisieDocs.Layout;
using PdfSharp.Drawing;

namespace IntervisieDocs.Pdf;

/// <summary>
/// Widths and vertical metrics of the embedded fonts (a character Lato lacks measures in its fallback font). PDFsharp neither kerns when it measures nor
/// when it draws, so a string's width is the sum of its characters' advances: cached per character
/// and face at 1 pt, which makes measuring a word a few additions. Not thread-safe: one per layout.
/// </summary>
internal sealed class TextMeasurer : ITextMeasurer
{
    private const double ReferenceSize = 1000;
    private readonly XGraphics _graphics;
    private readonly XFont[] _fonts;
    private readonly Dictionary<(FontFace, int), XFont> _fallbacks = [];
    private readonly Dictionary<char, double>[] _advances;
    private readonly FontMetrics[] _metrics;

    public TextMeasurer()
    {
        FontSetup.EnsureInitialized();
        _graphics = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var faces = Enum.GetValues<FontFace>();
        _fonts = new XFont[faces.Length];
        _advances = new Dictionary<char, double>[faces.Length];
        _metrics = new FontMetrics[faces.Length];
        foreach (var face in faces)
        {
            var font = FontSetup.CreateFont(face, ReferenceSize);
            _fonts[(int)face] = font;
            _advances[(int)face] = [];
            var m = font.Metrics;
            double em = m.UnitsPerEm;
            _metrics[(int)face] = new FontMetrics(m.Ascent / em, m.Descent / em, m.LineSpacing / em);
        }
    }

    public double Width(string text, TextStyle style) => Width(text.AsSpan(), style);

    public double Width(ReadOnlySpan<char> text, TextStyle style)
    {
        var advances = _advances[(int)style.Face];
        double total = 0;
        foreach (var c in text)
        {
            if (!advances.TryGetValue(c, out var advance))
            {
                advance = _graphics.MeasureString(c.ToString(), Font(style.Face, FontSetup.FontFor(c))).Width / ReferenceSize;
                advances[c] = advance;
            }

            total += advance;
        }

        return total * style.Size;
    }

    /// <summary>Lato, or the fallback font that has a character Lato lacks.</summary>
    private XFont Font(FontFace face, int font)
    {
        if (font == 0)
        {
            return _fonts[(int)face];
        }

        if (!_fallbacks.TryGetValue((face, font), out var xfont))
        {
            xfont = FontSetup.CreateFont(face, ReferenceSize, font);
            _fallbacks[(face, font)] = xfont;
        }

        return xfont;
    }

    /// <summary>Ascent, descent and line spacing per point of font size (Lato's: a fallback glyph sits on the same baseline).</summary>
    public FontMetrics Metrics(FontFace face) => _metrics[(int)face];
}
