using IntervisieDocs.Markdown.Renderers;

namespace IntervisieDocs.Markdown.Extensions.MethodFigure;

/// <summary>
/// Asks the product's <see cref="IMethodFigures"/> for the band or the timeline. The band's name is a
/// heading (anchor <c>methode-&lt;id&gt;</c>), so the method stays in the contents and the bookmarks.
/// </summary>
internal sealed class MethodFigureRenderer : LayoutObjectRenderer<MethodFigureBlock>
{
    public const string AnchorPrefix = "methode-";

    /// <summary>The timeline's figures at 80 % of the body (8 pt on A4), never below 7.5 pt.</summary>
    public static double TimelineSize(PrintTheme theme) => Math.Max(7.5, Math.Round(theme.Body.Size * 0.8 * 2) / 2);

    protected override void Write(LayoutRenderer renderer, MethodFigureBlock obj)
    {
        var figures = renderer.MethodFigures
            ?? throw new MarkdownPrintException(obj.SourceLine, obj.Source, "dit product kent geen methoden; een kopband of tijdlijn kan alleen in de handout, de schatkist en het sessiepakket");
        if (!figures.Ids.Contains(obj.MethodId, StringComparer.Ordinal))
        {
            throw new MarkdownPrintException(obj.SourceLine, obj.Source, $"onbekende methode \"{obj.MethodId}\"; bekend zijn: {string.Join(", ", figures.Ids.Order(StringComparer.Ordinal))}");
        }

        var theme = renderer.Theme;
        if (obj.IsBand)
        {
            var anchor = renderer.Anchors.For(null, AnchorPrefix + obj.MethodId);
            var titleSize = Math.Round(theme.Heading(1).Style.Size);
            renderer.Add(figures.HeaderBand(obj.MethodId, titleSize, new FigureHeading(obj.Level, anchor))!);
            return;
        }

        if (!figures.HasTimes(obj.MethodId))
        {
            throw new MarkdownPrintException(obj.SourceLine, obj.Source, $"de methode \"{obj.MethodId}\" heeft geen tijden, dus geen tijdlijn; zet de tijdlijn binnen {{{{ if methode.heeft_tijden }}}} … {{{{ end }}}}");
        }

        renderer.Add(figures.Timeline(obj.MethodId, TimelineSize(theme))!);
    }
}
