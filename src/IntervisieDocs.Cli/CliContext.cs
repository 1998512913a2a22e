using System.CommandLine;
using Spectre.Console;

namespace IntervisieDocs.Cli;

/// <summary>What every command gets: the console to talk to, the working folder, and the shared options.</summary>
internal sealed class CliContext(IAnsiConsole console, string workingDirectory)
{
    public IAnsiConsole Console { get; } = console;

    public string WorkingDirectory { get; } = workingDirectory;

    public Option<string?> DataOption { get; } = new("--gegevens")
    {
        Description = "Map met de methoden (standaard: methods/ van IntervisieDocs)",
        Recursive = true,
    };

    public Option<string?> TemplatesOption { get; } = new("--templates", "--sjablonen")
    {
        Description = "Map met eigen sjablonen; een bestand daarin vervangt het standaardsjabloon met dezelfde naam",
        Recursive = true,
    };

    public Option<bool> DetailsOption { get; } = new("--details")
    {
        Description = "Toon bij een onverwachte fout ook de technische details",
        Recursive = true,
    };

    public Workspace Workspace(ParseResult parse) =>
        Cli.Workspace.Find(WorkingDirectory, parse.GetValue(DataOption), parse.GetValue(TemplatesOption));

    /// <summary>Writes a line of plain text (no markup interpretation).</summary>
    public void Say(string text) => Console.Profile.Out.Writer.WriteLine(text);

    public void Warn(string text) => Console.MarkupLine($"[yellow]waarschuwing:[/] {Markup.Escape(text)}");

    public void Error(string text) => Console.MarkupLine($"[red]fout:[/] {Markup.Escape(text)}");
}
