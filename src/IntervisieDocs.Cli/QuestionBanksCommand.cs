using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IntervisieDocs.Cli.Help;

namespace IntervisieDocs.Cli;

/// <summary><c>intervisie vragenbanken [--json]</c>: every question bank, for <c>kaarten --vragen</c>.</summary>
internal static class QuestionBanksCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Schrijf de lijst als JSON (voor scripts)" };
        var command = new Command("vragenbanken", "Toon alle vragenbanken: id, titel en aantal vragen (voor kaarten --vragen)") { json };
        command.SetAction(parse =>
        {
            var data = DataAccess.Load(context.Workspace(parse));
            var rows = data.QuestionBanks.Select(b => new QuestionBankRow(b.Id, b.Title, b.Questions.Count + b.Groups.Sum(g => g.Questions.Count), b.Source)).ToList();
            if (parse.GetValue(json))
            {
                context.Say(JsonSerializer.Serialize(rows, CliJson.Readable.ListQuestionBankRow));
                return ExitCodes.Ok;
            }

            PlainTable.Write(context, ["id", "titel", "vragen"],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.Id, r.Title, r.Questions.ToString(CultureInfo.InvariantCulture)])],
                rightAligned: new HashSet<int> { 2 });
            context.Say($"{rows.Count} vragenbanken. Vraagkaarten maak je met: intervisie kaarten --vragen <id>");
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie vragenbanken", "intervisie kaarten --vragen gouden-vragen");
    }
}
