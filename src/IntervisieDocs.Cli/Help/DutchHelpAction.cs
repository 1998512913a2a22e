using System.CommandLine;
using System.CommandLine.Invocation;

namespace IntervisieDocs.Cli.Help;

/// <summary>What <c>--help</c> does: the Dutch help of the verb it was given to, on stdout.</summary>
internal sealed class DutchHelpAction(CliContext context, RootCommand root) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        context.Terminal.Out.Write(HelpText.For(parseResult.CommandResult.Command, root, context.Terminal.Width));
        return ExitCodes.Ok;
    }
}
