using System.CommandLine;

namespace IntervisieDocs.Cli;

/// <summary>What every command gets: the streams to talk to, the working folder, and the shared options.</summary>
internal sealed class CliContext(Terminal terminal, string workingDirectory)
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Reset = "\u001b[0m";

    public Terminal Terminal { get; } = terminal;

    public string WorkingDirectory { get; } = workingDirectory;

    public Option<string?> DataOption { get; } = new("--gegevens")
    {
        Description = "Map met eigen methoden (met vragen/ en teksten/); standaard die van de werkmap, anders de ingebouwde",
        HelpName = "MAP",
        Recursive = true,
    };

    public Option<string?> TemplatesOption { get; } = new("--sjablonen", "--templates")
    {
        Description = "Map met eigen sjablonen; een bestand daarin vervangt het standaardsjabloon met dezelfde naam",
        HelpName = "MAP",
        Recursive = true,
    };

    public Option<bool> DetailsOption { get; } = new("--details")
    {
        Description = "Toon bij een onverwachte fout ook de technische details",
        Recursive = true,
    };

    public Workspace Workspace(ParseResult parse) =>
        Cli.Workspace.Find(WorkingDirectory, parse.GetValue(DataOption), parse.GetValue(TemplatesOption));

    private readonly List<string> _skipped = [];

    /// <summary>Warnings about data files left out of this run because they have errors.</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    public void Skip(string warning)
    {
        _skipped.Add(warning);
        Warn(warning);
    }

    /// <summary>A line of the result, on stdout.</summary>
    public void Say(string text) => Terminal.Out.WriteLine(text);

    /// <summary>A warning, on stderr.</summary>
    public void Warn(string text) => Terminal.Err.WriteLine(Label("waarschuwing:", Yellow) + " " + text);

    /// <summary>An error, on stderr.</summary>
    public void Error(string text) => Terminal.Err.WriteLine(Label("fout:", Red) + " " + text);

    /// <summary>A hint that belongs to an error or a warning (what to try next), on stderr.</summary>
    public void Hint(string text) => Terminal.Err.WriteLine(text);

    private string Label(string label, string colour) => Terminal.ErrColour ? colour + label + Reset : label;
}
