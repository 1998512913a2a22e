namespace IntervisieDocs.Layout;

/// <summary>
/// What the layout engine needs to know about the fonts: how wide a string is and how tall a line.
/// The PDF adapter implements it with the embedded fonts, so
/// that layout does not depend on the PDF library.
/// </summary>
internal interface ITextMeasurer
{
    double Width(string text, TextStyle style);

    double Width(ReadOnlySpan<char> text, TextStyle style);

    /// <summary>Ascent, descent and line spacing per point of font size.</summary>
    FontMetrics Metrics(FontFace face);
}

/// <summary>Vertical font metrics as fractions of the font size.</summary>
internal readonly record struct FontMetrics(double Ascent, double Descent, double LineSpacing);
