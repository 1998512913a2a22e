using System.CommandLine;
using System.CommandLine.Help;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Layout;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Cli;

/// <summary>
/// The command line: Dutch verbs over the library. Results go to stdout, errors and warnings to
/// stderr. Maps known failures to one clear Dutch message and an exit code (0 ok, 1 unexpected,
/// 2 bad input); a stack trace only with --details.
/// </summary>
internal static class CliApp
{
    public const string Description = "IntervisieDocs — drukklare PDF's voor intervisie: handouts, kaarten, werkbladen, sessiepakketten en de schatkist.";

    public static int Run(string[] args, Terminal terminal, string workingDirectory)
    {
        var context = new CliContext(terminal, workingDirectory);
        var root = Build(context);
        var parse = root.Parse(args);
        // --help answers even when the rest of the line is incomplete ("intervisie handout --help").
        if (parse.Errors.Count > 0 && parse.Action is not DutchHelpAction)
        {
            foreach (var message in ParseErrors.Describe(parse, root))
            {
                context.Error(message);
            }

            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Err, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsUsersMistake(e))
        {
            // A template or session that asks for what a file left out for its errors has: say which file.
            // A template's errors come all at once, one per line.
            var message = e is TemplateException or UserError && context.Skipped.Count > 0
                ? $"{e.Message}\n(overgeslagen wegens fouten: {string.Join("; ", context.Skipped)})"
                : e.Message;
            foreach (var line in message.Split('\n'))
            {
                // A line that names its place compiler-style ("s.yaml:1:1: fout: …") already says what it is.
                if (line.Contains(": fout: ", StringComparison.Ordinal))
                {
                    context.Hint(line);
                }
                else
                {
                    context.Error(line);
                }
            }

            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            context.Error($"onverwachte fout: {e.Message}");
            if (parse.GetValue(context.DetailsOption))
            {
                terminal.Err.WriteLine(e.ToString());
            }
            else
            {
                context.Hint("Gebruik --details voor de technische details.");
            }

            return ExitCodes.Unexpected;
        }
    }

    /// <summary>The root command with every verb, the shared options and the Dutch help.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(Description);
        root.Options.Add(context.DataOption);
        root.Options.Add(context.TemplatesOption);
        root.Options.Add(context.DetailsOption);
        foreach (var command in Commands.All(context))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(HelpCommand.Create(context, root));
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Toon de hulp bij deze opdracht";
                    help.Action = new DutchHelpAction(context, root);
                    break;
                case VersionOption version:
                    version.Description = "Toon het versienummer";
                    break;
            }
        }

        // Without a verb the program explains itself instead of reporting an error.
        root.SetAction(_ =>
        {
            context.Terminal.Out.Write(HelpText.For(root, root, context.Terminal.Width));
            return ExitCodes.Ok;
        });
        root.WithExamples("intervisie schatkist", "intervisie handout vissenkom", "intervisie werkblad casus --namen \"An,Bert\"", "intervisie help kaarten");
        return root;
    }

    private static bool IsUsersMistake(Exception e) =>
        e is UserError or TemplateException or LayoutException or Markdown.MarkdownPrintException
            or Output.OutputException or Files.InputFileException;
}
