using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IntervisieDocs.Cli.Help;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie methoden [--json]</c>: every method with its time, steps and group size. The list
/// is plain aligned text, whole lines on a pipe; on a wide terminal it adds the purpose.
/// </summary>
internal static class MethodsCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Schrijf de lijst als JSON (voor scripts)" };
        var command = new Command("methoden", "Toon alle methoden: id, titel, minuten, stappen, groepsgrootte") { json };
        command.SetAction(parse =>
        {
            var data = DataAccess.Load(context.Workspace(parse));
            if (parse.GetValue(json))
            {
                var rows = data.Methods.Select(m => new MethodRow(
                    m.Id,
                    m.Title,
                    m.HasTimes ? m.TotalMinutes : null,
                    m.StatedTotalMinutes,
                    m.Steps.Count,
                    new GroupSizeRow(m.GroupSize.Min, m.GroupSize.Max),
                    m.Purpose,
                    [.. m.Tags],
                    m.ForBeginners,
                    m.Source)).ToList();
                context.Say(JsonSerializer.Serialize(rows, CliJson.Readable.ListMethodRow));
                return ExitCodes.Ok;
            }

            // The purpose needs room; on a narrow terminal or a pipe it is left out (it is always in --json).
            var width = context.Terminal.Width;
            var withPurpose = width >= 140;
            var header = new List<string> { "id", "titel", "minuten", "stappen", "groep" };
            var table = data.Methods.Select(m => new List<string>
            {
                m.Id,
                m.Title,
                m.HasTimes ? $"{m.TotalMinutes} min" : "–",
                m.Steps.Count.ToString(CultureInfo.InvariantCulture),
                m.GroupSize.Min == m.GroupSize.Max ? $"{m.GroupSize.Min}" : $"{m.GroupSize.Min}–{m.GroupSize.Max}",
            }).ToList();
            if (withPurpose)
            {
                header.Add("doel");
                var used = PlainTable.Width(header, table);
                for (var i = 0; i < table.Count; i++)
                {
                    table[i].Add(Shorten(data.Methods[i].Purpose, Math.Max(width!.Value - used - 3, 20)));
                }
            }

            PlainTable.Write(context, header, table, rightAligned: new HashSet<int> { 2, 3 });
            context.Say($"{data.Methods.Count} methoden.");
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie methoden", "intervisie methoden --json > methoden.json");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
