using System.CommandLine;
using IntervisieDocs.Layout;
using IntervisieDocs.Templating;
using Spectre.Console;

namespace IntervisieDocs.Cli;

/// <summary>
/// The command line: Dutch verbs over the library. Maps known failures to one clear Dutch message and
/// an exit code (0 ok, 1 unexpected, 2 bad input); a stack trace only with --details.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, IAnsiConsole console, string workingDirectory)
    {
        var context = new CliContext(console, workingDirectory);
        var root = new RootCommand("IntervisieDocs — drukklare PDF's voor intervisie: handouts, kaarten, werkbladen, sessiepakketten en de schatkist.");
        root.Options.Add(context.DataOption);
        root.Options.Add(context.TemplatesOption);
        root.Options.Add(context.DetailsOption);
        foreach (var command in Commands.All(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error(ParseMessages.Translate(error.Message));
            }

            context.Say("Zie 'intervisie --help' voor de mogelijkheden.");
            return ExitCodes.BadInput;
        }

        try
        {
            var writer = console.Profile.Out.Writer;
            return parse.Invoke(new InvocationConfiguration { Output = writer, Error = writer, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsUsersMistake(e))
        {
            context.Error(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            context.Error($"onverwachte fout: {e.Message}");
            if (parse.GetValue(context.DetailsOption))
            {
                console.WriteException(e);
            }
            else
            {
                context.Say("Gebruik --details voor de technische details.");
            }

            return ExitCodes.Unexpected;
        }
    }

    private static bool IsUsersMistake(Exception e) =>
        e is UserError or TemplateException or LayoutException or Markdown.MarkdownPrintException;
}
