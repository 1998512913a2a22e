using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown;

/// <summary>A heading drawn inside a figure: in the contents and the bookmarks like a Markdown heading.</summary>
internal sealed record FigureHeading(int Level, string Anchor);

/// <summary>
/// The figures of the methods a product knows, by method id, for <c>[[kopband …]]</c> and
/// <c>[[tijdlijn …]]</c>. The product passes it to the Markdown stage; the Markdown stage never reads
/// the data itself.
/// </summary>
internal interface IMethodFigures
{
    /// <summary>The ids of the known methods, for "bekend zijn: …".</summary>
    IReadOnlyList<string> Ids { get; }

    /// <summary>The method's header band (name, purpose, minutes, group size, roles), or null for an unknown id.</summary>
    Element? HeaderBand(string id, double titleSize, FigureHeading heading);

    /// <summary>Whether the method has minutes for its steps (a timeline can be drawn); false for an unknown id.</summary>
    bool HasTimes(string id);

    /// <summary>The proportional timeline of the method's steps, or null for an unknown id or a method without times.</summary>
    Element? Timeline(string id, double fontSize);
}
