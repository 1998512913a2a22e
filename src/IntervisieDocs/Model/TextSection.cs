namespace IntervisieDocs.Model;

/// <summary>
/// One section of a text. <see cref="Text"/> is Markdown; items, questions and the example are
/// literal. <see cref="Letter"/> is the key letter of a SMART section.
/// </summary>
internal sealed record TextSection(
    string? Title,
    string? Text,
    ValueList<string> Items,
    bool Numbered,
    ValueList<string> Questions,
    string? Example,
    string? Letter)
{
    /// <summary>
    /// The words of a simple figure (<c>figuur</c>): the first in a frame, the others in frames below
    /// it. Used where a source's figure survives only as its words; the data marks it as redrawn.
    /// </summary>
    public ValueList<string> Figure { get; init; } = ValueList<string>.Empty;

    /// <summary>Places that are not simply the source's words.</summary>
    public ValueList<SourceMark> Marks { get; init; } = ValueList<SourceMark>.Empty;
}
