using System.Globalization;
using IntervisieDocs.Layout;
using IntervisieDocs.Model;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Products.Design;

/// <summary>The figures of a method in the design language: its header band and its timeline.</summary>
internal static class MethodFigures
{
    /// <summary>The steps of <paramref name="method"/> for a timeline, with a per-topic step marked "×n".</summary>
    public static IReadOnlyList<TimelineStep> Steps(Method method) =>
        [.. method.Steps.Select(s => new TimelineStep(Number(s.Number), s.Title, s.Minutes, s.Optional, PerTopic: s.RepeatsPerTopic))];

    /// <param name="highlight">The step whose card this is, or null.</param>
    public static Timeline Timeline(Method method, double fontSize = 7.5, int? highlight = null) =>
        new(Steps(method), fontSize, highlight: highlight is { } h ? Number(h) : null);

    /// <summary>
    /// Name, purpose, minutes, group size and roles, each fact after its pictogram. The notes on the
    /// purpose and the group size (docs/ontwerp.md, Herkomst) follow their text in brackets, as on every page.
    /// </summary>
    /// <param name="heading">When set, the name is a heading of that level with that anchor.</param>
    public static HeaderBand HeaderBand(Method method, double titleSize = 18, (int Level, string Anchor)? heading = null)
    {
        var purpose = string.IsNullOrWhiteSpace(method.Purpose) ? null : DutchPunctuation.Apply(method.Purpose + Notes(method, "doel"));
        var sizeNotes = Notes(method, "groepsgrootte");
        var facts = Facts(method).Select(f => f with
        {
            Text = DutchPunctuation.Apply(f.Icon == PictogramKind.Group && sizeNotes.Length > 0 ? Templating.TemplateModel.GroupSizeText(method.GroupSize) + sizeNotes : f.Text),
        }).ToList();
        return new(DutchPunctuation.Apply(method.Title), purpose, facts, titleSize, heading: heading);
    }

    /// <summary>The notes of one field as plain text, " [note]" each ("" without marks; corrections are listed with the source).</summary>
    public static string Notes(Method method, string field) =>
        string.Concat(method.Marks.For(field).Where(m => m.Kind != SourceMarkKind.Corrected).Select(m => $" [{m.Note}]"));

    /// <summary>
    /// Facts one under the other, each after its pictogram in the accent colour, on a light panel (a
    /// method card's foot). The pictogram is as tall as a line of the text.
    /// </summary>
    public static Element FactList(IReadOnlyList<BandFact> facts, double size = 10)
    {
        var icon = size * 1.3;
        var style = new TextStyle(FontFace.Regular, size, Palette.Ink);
        var rows = facts.Select(f => (Element)new Row(
            [new Pictogram(f.Icon, icon, Palette.Accent), new Paragraph(f.Text, style)],
            [ColumnWidth.Fixed(icon), ColumnWidth.Relative()],
            gap: size * 0.6));
        return new Box(new Column(rows, size * 0.35), new BoxStyle(null, Palette.Tint10, Thickness.Symmetric(Units.Mm(2.5), Units.Mm(2))));
    }

    public static IReadOnlyList<BandFact> Facts(Method method)
    {
        var facts = new List<BandFact>();
        if (method.HasTimes)
        {
            facts.Add(new BandFact(PictogramKind.Clock, Duration(method)));
        }

        facts.Add(new BandFact(PictogramKind.Group, GroupSize(method.GroupSize)));
        facts.AddRange(method.Roles.Select(r => new BandFact(Pictogram.ForRole(r.Name), RoleName(r))));
        return facts;
    }

    /// <summary>"85 min", or "60–75 min" when some steps are optional.</summary>
    public static string Duration(Method method) =>
        method.TotalMinutesWithoutOptional != method.TotalMinutes
            ? $"{method.TotalMinutesWithoutOptional}–{method.TotalMinutes}\u00A0min"
            : $"{method.TotalMinutes}\u00A0min";

    /// <summary>"4–8 deelnemers [richtlijn]": a guideline of ours in brackets, like every note on paper (docs/ontwerp.md, Herkomst).</summary>
    public static string GroupSize(GroupSize size) => Templating.TemplateModel.GroupSizeText(size) + (size.IsGuideline ? " [richtlijn]" : "");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A role's name as it reads inside a sentence or a list: "Inbrenger" → "inbrenger"; "NLP-coach" stays.</summary>
    public static string RoleName(Role role) =>
        role.Name.Length > 1 && char.IsUpper(role.Name[0]) && !char.IsUpper(role.Name[1]) ? char.ToLowerInvariant(role.Name[0]) + role.Name[1..] : role.Name;
}
