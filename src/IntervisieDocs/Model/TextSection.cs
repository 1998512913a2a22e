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
    string? Letter);
