using IntervisieDocs.Model;

namespace IntervisieDocs.Loading;

/// <summary>
/// A <see cref="SourceMark"/> with where it is written, for <c>intervisie controleer</c>'s list of
/// every place that is not simply the source's words. <see cref="Place"/> is Dutch ("stap 8, beschrijving").
/// </summary>
internal sealed record MarkedPlace(string File, SourcePosition Position, string Place, SourceMark Mark)
{
    /// <summary>Compiler style, like a diagnostic: <c>methods/x.yaml:64:7: onvolledig: stap 8, beschrijving — de bron is hier onvolledig</c>.</summary>
    public override string ToString() =>
        $"{File}:{Position.Line}:{Position.Column}: {Mark.KindName}: {Place} — {Mark.Note}";
}
