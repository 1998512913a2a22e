using IntervisieDocs.Cli;
using Spectre.Console;

namespace IntervisieDocs.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it printed.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var code = CliApp.Run(args, console, workingDirectory);
        return new Result(code, writer.ToString());
    }
}
