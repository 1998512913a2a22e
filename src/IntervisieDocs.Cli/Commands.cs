using System.CommandLine;

namespace IntervisieDocs.Cli;

/// <summary>Every verb of the command line, in the order the help shows them.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        MethodsCommand.Create(context),
        QuestionBanksCommand.Create(context),
        HandoutCommand.Create(context),
        SchatkistCommand.Create(context),
        WorksheetCommand.Create(context),
        CardsCommand.Create(context),
        PakketCommand.Create(context),
        InitCommand.Create(context),
        CheckCommand.Create(context),
        WebCommand.Create(context),
    ];
}
