using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown;

/// <summary>How one heading level looks. Spacing in points, on top of the paragraph spacing.</summary>
internal sealed record HeadingTheme(TextStyle Style, double SpaceBefore, double SpaceAfter);
