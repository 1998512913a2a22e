namespace IntervisieDocs.Model;

/// <summary>How many participants the method is meant for (inclusive bounds).</summary>
/// <param name="IsGuideline">True when the source names no group size and these numbers are ours: printed as a guideline, never as the source's word.</param>
internal sealed record GroupSize(int Min, int Max, bool IsGuideline = false);
