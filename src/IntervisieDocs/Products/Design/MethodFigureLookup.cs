using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Model;

namespace IntervisieDocs.Products.Design;

/// <summary>The methods of a data set as the Markdown stage sees them (<c>[[kopband]]</c>, <c>[[tijdlijn]]</c>).</summary>
internal sealed class MethodFigureLookup(DataSet data) : IMethodFigures
{
    public IReadOnlyList<string> Ids { get; } = [.. data.Methods.Select(m => m.Id)];

    public Element? HeaderBand(string id, double titleSize, FigureHeading heading) =>
        data.FindMethod(id) is { } method ? MethodFigures.HeaderBand(method, titleSize, (heading.Level, heading.Anchor)) : null;

    public bool HasTimes(string id) => data.FindMethod(id)?.HasTimes == true;

    public Element? Timeline(string id, double fontSize) =>
        data.FindMethod(id) is { HasTimes: true } method ? MethodFigures.Timeline(method, fontSize) : null;
}
