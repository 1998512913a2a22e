namespace IntervisieDocs.Layout;

internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>How a run of text looks. Sizes in points.</summary>
internal sealed record TextStyle(FontFace Face, double Size, Color Color)
{
    public static readonly TextStyle Body = new(FontFace.Regular, 10, Color.Black);

    /// <summary>The language of the run when it is not the document's (Dutch): a BCP 47 code such as "en".</summary>
    public string? Language { get; init; }

    public bool IsBold => Face is FontFace.Bold or FontFace.BoldItalic;
    public bool IsItalic => Face is FontFace.Italic or FontFace.BoldItalic;

    public TextStyle WithSize(double size) => this with { Size = size };
    public TextStyle WithColor(Color color) => this with { Color = color };
    public TextStyle Bold() => this with { Face = IsItalic ? FontFace.BoldItalic : FontFace.Bold };
    public TextStyle Italic() => this with { Face = IsBold ? FontFace.BoldItalic : FontFace.Italic };
}

/// <summary>A piece of text in one style; the unit a paragraph is made of.</summary>
internal sealed record Span(string Text, TextStyle Style);
