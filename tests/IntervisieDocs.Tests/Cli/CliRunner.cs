using IntervisieDocs.Cli;

namespace IntervisieDocs.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it printed, stdout and stderr apart (as a pipe sees them).</summary>
internal static class CliRunner
{
    /// <param name="Output">stdout: the results.</param>
    /// <param name="Error">stderr: errors, warnings and their hints.</param>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>Both streams, for a message whichever stream it is on.</summary>
        public string All => Output + Error;
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, Terminal.Plain(output, error), workingDirectory);
        return new Result(code, output.ToString(), error.ToString());
    }
}
