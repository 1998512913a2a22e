using System.Globalization;
using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Model;
using IntervisieDocs.Sessions;

namespace IntervisieDocs.Products.Design;

/// <summary>
/// The figures of a session pack's Markdown: the methods as everywhere, except that the session's own
/// method draws its timeline from the draaiboek — one part per row (a step repeated per topic once per
/// round), with clock times instead of minutes since the start.
/// </summary>
internal sealed class SessionFigures(DataSet data, Method method, IReadOnlyList<ScheduleRow> rows) : IMethodFigures
{
    private readonly MethodFigureLookup _methods = new(data);

    public IReadOnlyList<string> Ids => _methods.Ids;

    public Element? HeaderBand(string id, double titleSize, FigureHeading heading) => _methods.HeaderBand(id, titleSize, heading);

    public bool HasTimes(string id) => _methods.HasTimes(id);

    public Element? Timeline(string id, double fontSize) =>
        id != method.Id || !method.HasTimes || rows.Count == 0
            ? _methods.Timeline(id, fontSize)
            : new Timeline(
                [.. rows.Select(r => new TimelineStep(r.Number.ToString(CultureInfo.InvariantCulture), r.Title, r.Minutes, r.Optional, Start: r.Start))],
                fontSize,
                end: rows[^1].End);
}
