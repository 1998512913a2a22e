using System.CommandLine;
using IntervisieDocs.Cli.Help;

namespace IntervisieDocs.Cli;

/// <summary><c>intervisie help [opdracht]</c>: the help of the program or of one verb.</summary>
internal static class HelpCommand
{
    public static Command Create(CliContext context, RootCommand root)
    {
        var verb = new Argument<string?>("opdracht") { Description = "De opdracht waarover je hulp wilt", Arity = ArgumentArity.ZeroOrOne };
        verb.CompletionSources.Add(_ => root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        var command = new Command("help", "Toon deze hulp, of de hulp bij één opdracht") { verb };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(verb);
            if (name is null)
            {
                context.Terminal.Out.Write(HelpText.For(root, root, context.Terminal.Width));
                return ExitCodes.Ok;
            }

            var chosen = root.Subcommands.FirstOrDefault(c => c.Name == name)
                ?? throw new UserError(ParseErrors.UnknownVerb(name, root));
            context.Terminal.Out.Write(HelpText.For(chosen, root, context.Terminal.Width));
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie help", "intervisie help werkblad");
    }
}
