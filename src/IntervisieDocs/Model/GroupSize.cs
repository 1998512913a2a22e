namespace IntervisieDocs.Model;

/// <summary>How many participants the method is meant for (inclusive bounds).</summary>
/// <param name="IsGuideline">True when the source names no group size and these numbers are ours: printed as a guideline, never as the source's word.</param>
/// <param name="Wording">The source's own words for the group size (<c>tekst</c>), printed instead of the numbers when given.</param>
internal sealed record GroupSize(int Min, int Max, bool IsGuideline = false, string? Wording = null);
