using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.CompilerServices;
using System.Text;

namespace IntervisieDocs.Cli.Help;

/// <summary>
/// The help of the command line, in Dutch, written by us rather than by System.CommandLine (whose
/// headings and texts are English): what a verb does, how to call it, its arguments and options, the
/// options every verb shares, and examples. Wrapped to the terminal's width only on a terminal.
/// </summary>
internal static class HelpText
{
    private static readonly ConditionalWeakTable<Command, string[]> ExamplesOf = [];

    /// <summary>Attaches the examples a verb's help shows (full command lines, starting with "intervisie").</summary>
    public static TCommand WithExamples<TCommand>(this TCommand command, params string[] examples)
        where TCommand : Command
    {
        ExamplesOf.AddOrUpdate(command, examples);
        return command;
    }

    public static IReadOnlyList<string> Examples(Command command) =>
        ExamplesOf.TryGetValue(command, out var examples) ? examples : [];

    public static string For(Command command, Command root, int? width)
    {
        var text = new StringBuilder();
        var isRoot = ReferenceEquals(command, root);
        var name = isRoot ? "intervisie" : "intervisie " + command.Name;
        foreach (var line in Wrap(isRoot ? command.Description ?? "" : $"{name} — {command.Description}", width))
        {
            text.AppendLine(line);
        }

        text.AppendLine();
        text.AppendLine("Gebruik:");
        text.AppendLine("  " + Usage(command, name, isRoot));

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description ?? "")).ToList();
        Section(text, "Argumenten:", arguments, width);

        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")).ToList();
        Section(text, "Opdrachten:", subcommands, width);

        var own = command.Options.Where(o => !o.Hidden && !o.Recursive && o is not HelpOption && o is not VersionOption)
            .Select(o => (OptionLabel(o), o.Description ?? "")).ToList();
        Section(text, "Opties:", own, width);

        var shared = root.Options.Where(o => !o.Hidden && (o.Recursive || o is HelpOption || (isRoot && o is VersionOption)))
            .Select(o => (OptionLabel(o), o.Description ?? "")).ToList();
        Section(text, isRoot ? "Opties voor elke opdracht:" : "Algemene opties:", shared, width);

        var examples = Examples(command);
        if (examples.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(examples.Count == 1 ? "Voorbeeld:" : "Voorbeelden:");
            foreach (var example in examples)
            {
                text.AppendLine("  " + example);
            }
        }

        if (isRoot)
        {
            text.AppendLine();
            text.AppendLine("Hulp bij één opdracht: intervisie help <opdracht> (of intervisie <opdracht> --help).");
        }

        return text.ToString();
    }

    private static string Usage(Command command, string name, bool isRoot)
    {
        if (isRoot)
        {
            return name + " <opdracht> [opties]";
        }

        var parts = new List<string> { name };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel));
        parts.Add("[opties]");
        return string.Join(' ', parts);
    }

    private static string ArgumentLabel(Argument argument) =>
        argument.Arity.MinimumNumberOfValues == 0 ? $"[<{argument.Name}>]" : $"<{argument.Name}>";

    /// <summary>"-o, --uitvoer &lt;PAD&gt;": the one-letter aliases, the name, and the value it takes.</summary>
    internal static string OptionLabel(Option option)
    {
        // The one-letter aliases and the first long name; a long alias kept for old scripts stays out of the help.
        var names = option.Aliases.Prepend(option.Name).ToList();
        var shorts = names.Where(a => a.Length == 2 && a[0] == '-' && char.IsLetter(a[1])).Order(StringComparer.Ordinal);
        var label = string.Join(", ", shorts.Concat(names.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Take(1)));
        var takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
        return takesValue ? $"{label} <{option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}>" : label;
    }

    private static void Section(StringBuilder text, string heading, List<(string Label, string Description)> rows, int? width)
    {
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(heading);
        var column = rows.Max(r => r.Label.Length) + 4;
        foreach (var (label, description) in rows)
        {
            var lines = Wrap(description, width is { } w ? Math.Max(w - column - 1, 30) : null);
            text.Append("  ").Append(label.PadRight(column - 2)).AppendLine(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                text.Append(' ', column).AppendLine(line);
            }
        }
    }

    /// <summary>Breaks a description at spaces to fit <paramref name="width"/>; without a width, one line.</summary>
    internal static List<string> Wrap(string text, int? width)
    {
        if (width is not { } max || text.Length <= max)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
