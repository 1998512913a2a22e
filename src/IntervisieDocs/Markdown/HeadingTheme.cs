using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown;

/// <summary>How one heading level looks. Spacing in points, on top of the paragraph spacing.</summary>
/// <param name="AccentBarWidth">An upright bar in the accent colour left of the title, this wide (points); 0: none.</param>
internal sealed record HeadingTheme(TextStyle Style, double SpaceBefore, double SpaceAfter, double AccentBarWidth = 0);
