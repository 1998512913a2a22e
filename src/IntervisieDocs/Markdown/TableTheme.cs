using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown;

/// <summary>How pipe tables look. The header differs by weight and a gray fill, never by colour alone.</summary>
internal sealed record TableTheme(Thickness CellPadding, Stroke Border, Color HeaderFill, TextStyle HeaderStyle);
