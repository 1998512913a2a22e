using System.Globalization;
using IntervisieDocs.Model;

namespace IntervisieDocs.Web.Pages;

/// <summary>The facts of a method as the chooser and the method page show them: minutes, group, roles, timeline.</summary>
internal static class MethodSummary
{
    public static string Minutes(Method method) => !method.HasTimes
        ? "de bron noemt geen tijden"
        : method.TotalMinutesWithoutOptional == method.TotalMinutes
            ? $"{method.TotalMinutes} min"
            : $"{method.TotalMinutesWithoutOptional}–{method.TotalMinutes} min (met de stappen die eventueel zijn)";

    /// <summary>The group size in the source's words where it has them ("circa zes personen: …"), else "4–8 personen".</summary>
    public static string Group(Method method) => Templating.TemplateModel.GroupSizeText(method.GroupSize);

    /// <summary>
    /// Minutes, group, roles and level, each with the notes the paper prints with it (a group size that is
    /// our guideline, "voor beginners" where that is our judgement): the chooser and the method page show the same.
    /// </summary>
    public static string Facts(Method method) => $"""
        <dl class="feiten">
        <div><dt>Tijd</dt><dd>{Html.E(Minutes(method))}{Html.Notes(method.Marks.For("totaal_volgens_bron"))}</dd></div>
        <div><dt>Groep</dt><dd>{Html.E(Group(method))}{Html.Notes(method.Marks.For("groepsgrootte"))}</dd></div>
        <div><dt>Rollen</dt><dd>{Html.E(Roles(method))}</dd></div>
        {(method.ForBeginners ? $"<div><dt>Niveau</dt><dd>geschikt voor beginners{Html.Notes(method.Marks.For("voor_beginners"))}</dd></div>" : "")}
        </dl>
        """;

    /// <summary>For the chooser, which shows no source: the note of a title we gave (a heading is no place for it; the method page, like the paper, has it with the source).</summary>
    public static string TitleNote(Method method) =>
        Html.NotesIn("p", method.Marks.For("titel"), " class=\"titelnoot\"");

    /// <summary>The purpose line, with its note where the sentence is not the source's purpose line.</summary>
    public static string Purpose(Method method) =>
        method.Purpose.Length > 0 ? $"<p class=\"doel\">{Html.E(method.Purpose)}{Html.Notes(method.Marks.For("doel"))}</p>" : "";

    public static string Roles(Method method) => string.Join(", ", method.Roles.Select(r => r.Name));

    /// <summary>
    /// The steps as a bar of blocks proportional to their minutes: a picture, hidden from screen
    /// readers; <see cref="StepList"/> says the same in words.
    /// </summary>
    public static string Timeline(Method method)
    {
        var steps = method.Steps.ToList();
        var total = Math.Max(1, steps.Sum(s => s.Minutes ?? 0));
        const double width = 600;
        var x = 0.0;
        var blocks = new System.Text.StringBuilder();
        var index = 0;
        foreach (var step in steps.Where(s => s.Minutes is > 0))
        {
            var w = width * step.Minutes!.Value / total;
            blocks.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"0\" width=\"{Math.Max(0.5, w - 1):0.##}\" height=\"14\" class=\"{(step.Optional ? "eventueel" : $"stap{index % 2}")}\"/>");
            x += w;
            index++;
        }

        return method.HasTimes
            ? $"<svg class=\"tijdlijn\" viewBox=\"0 0 {width} 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">{blocks}</svg>"
            : "";
    }

    public static string StepList(Method method) => "<ol class=\"stappen-kort\">" + Html.Join(method.Steps, s =>
        $"<li>{Html.E(s.Title)}{(s.Minutes is { } m ? $" <span class=\"min\">{m} min</span>" : "")}{(s.Optional ? " <span class=\"min\">(eventueel)</span>" : "")}{(s.RepeatsPerTopic ? " <span class=\"min\">(per onderwerp)</span>" : "")}</li>") + "</ol>";
}
