namespace IntervisieDocs.Cli;

/// <summary>
/// Where the command line writes: results to <see cref="Out"/>, errors and warnings to
/// <see cref="Err"/>. Colour only on a terminal and never with NO_COLOR or TERM=dumb; text is only
/// wrapped to <see cref="Width"/> on a terminal (a file or a pipe gets whole lines).
/// </summary>
internal sealed record Terminal(TextWriter Out, TextWriter Err, bool OutIsTerminal, bool ErrIsTerminal, bool Colour, int? Width)
{
    /// <summary>The process's own streams, as the user started it.</summary>
    public static Terminal FromConsole()
    {
        var outIsTerminal = !Console.IsOutputRedirected;
        var errIsTerminal = !Console.IsErrorRedirected;
        int? width = null;
        if (outIsTerminal)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : null;
            }
            catch (IOException)
            {
                width = null;
            }
        }

        return new Terminal(Console.Out, Console.Error, outIsTerminal, errIsTerminal, ColourAllowed(Environment.GetEnvironmentVariable), width);
    }

    /// <summary>Plain text to two writers, as a pipe or a file gets it (the tests' view).</summary>
    public static Terminal Plain(TextWriter output, TextWriter error) => new(output, error, false, false, false, null);

    /// <summary>https://no-color.org: a non-empty NO_COLOR turns colour off; so does a dumb terminal.</summary>
    public static bool ColourAllowed(Func<string, string?> environment) =>
        string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb";

    /// <summary>Colour for stderr: the terminal is one and colour is allowed.</summary>
    public bool ErrColour => Colour && ErrIsTerminal;

    /// <summary>Colour for stdout: the terminal is one and colour is allowed.</summary>
    public bool OutColour => Colour && OutIsTerminal;
}
