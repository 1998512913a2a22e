namespace IntervisieDocs.Model;

/// <summary>How many participants the method is meant for (inclusive bounds).</summary>
internal sealed record GroupSize(int Min, int Max);
