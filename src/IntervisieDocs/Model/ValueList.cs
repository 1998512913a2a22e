using System.Collections.Immutable;

namespace IntervisieDocs.Model;

/// <summary>Factory for <see cref="ValueList{T}"/>; also what collection expressions (<c>[a, b]</c>) call.</summary>
internal static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    public static ValueList<T> From<T>(IEnumerable<T> items) => new([.. items]);

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new([.. items]);
}
