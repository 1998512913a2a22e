using Spectre.Console;

namespace IntervisieDocs.Cli;

internal static class Program
{
    public static int Main(string[] args) => CliApp.Run(args, AnsiConsole.Console, Directory.GetCurrentDirectory());
}
