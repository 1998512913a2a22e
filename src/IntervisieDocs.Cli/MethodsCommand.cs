using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace IntervisieDocs.Cli;

/// <summary><c>intervisie methoden [--json]</c>: every method with its time, steps and group size.</summary>
internal static class MethodsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Schrijf de lijst als JSON (voor scripts)" };
        var command = new Command("methoden", "Toon alle methoden: id, titel, minuten, groepsgrootte, doel") { json };
        command.SetAction(parse =>
        {
            var data = DataAccess.Load(context.Workspace(parse));
            if (parse.GetValue(json))
            {
                var rows = data.Methods.Select(m => new
                {
                    id = m.Id,
                    titel = m.Title,
                    minuten = m.HasTimes ? m.TotalMinutes : (int?)null,
                    minuten_volgens_bron = m.StatedTotalMinutes,
                    stappen = m.Steps.Count,
                    groepsgrootte = new { min = m.GroupSize.Min, max = m.GroupSize.Max },
                    doel = m.Purpose,
                    tags = m.Tags,
                    voor_beginners = m.ForBeginners,
                    bron = m.Source,
                });
                context.Say(JsonSerializer.Serialize(rows, JsonOptions));
                return ExitCodes.Ok;
            }

            // The purpose needs room; on a narrow terminal it is left out (it is always in --json).
            var withPurpose = context.Console.Profile.Width >= 140;
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("id").NoWrap()).AddColumn("titel")
                .AddColumn(new TableColumn("minuten").RightAligned().NoWrap())
                .AddColumn(new TableColumn("stappen").RightAligned().NoWrap()).AddColumn(new TableColumn("groep").NoWrap());
            if (withPurpose)
            {
                table.AddColumn("doel");
            }

            foreach (var m in data.Methods)
            {
                string[] cells =
                [
                    Markup.Escape(m.Id),
                    Markup.Escape(m.Title),
                    m.HasTimes ? $"{m.TotalMinutes} min" : "–",
                    m.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    m.GroupSize.Min == m.GroupSize.Max ? $"{m.GroupSize.Min}" : $"{m.GroupSize.Min}–{m.GroupSize.Max}",
                ];
                table.AddRow(withPurpose ? [.. cells, Markup.Escape(Shorten(m.Purpose, 70))] : cells);
            }

            context.Console.Write(table);
            context.Say($"{data.Methods.Count} methoden.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
