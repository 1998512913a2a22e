using IntervisieDocs.Model;

namespace IntervisieDocs.Sessions;

/// <summary>
/// One intervisie meeting as a session file describes it (<c>sessies/README.md</c>).
/// <see cref="Participants"/> holds the names; when the file gives only a number it is empty and
/// <see cref="ParticipantCount"/> holds the number.
/// </summary>
internal sealed record Session(
    string Group,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly? End,
    string Location,
    Method Method,
    string Leader,
    string? Presenter,
    IReadOnlyList<string> Participants,
    int ParticipantCount,
    int Topics);
