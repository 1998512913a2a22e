namespace IntervisieDocs.Model;

/// <summary>Lookups on the marks of one object.</summary>
internal static class SourceMarks
{
    public static IEnumerable<SourceMark> For(this ValueList<SourceMark> marks, string field) =>
        marks.Where(m => m.Field == field);

    public static bool Has(this ValueList<SourceMark> marks, string field, SourceMarkKind kind) =>
        marks.Any(m => m.Field == field && m.Kind == kind);
}
