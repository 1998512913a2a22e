namespace IntervisieDocs.Loading;

/// <summary>A 1-based line and column in a data file; <see cref="None"/> for the file as a whole.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition None => default;

    public static SourcePosition Start => new(1, 1);
}
