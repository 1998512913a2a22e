using System.CommandLine;
using System.Text.RegularExpressions;
using IntervisieDocs.Loading;

namespace IntervisieDocs.Cli;

/// <summary>
/// System.CommandLine's parse errors, in Dutch, with "bedoelde je …?" for a mistyped verb or option.
/// Its messages are English resource strings; each one a user can meet is matched and translated,
/// and anything else becomes a Dutch message without the English text.
/// </summary>
internal static partial class ParseErrors
{
    private const string UnknownOption = "onbekende optie";
    private const string UnexpectedArgument = "onverwacht argument";

    public static IEnumerable<string> Describe(ParseResult parse, RootCommand root)
    {
        var command = parse.CommandResult.Command;
        var messages = parse.Errors.Select(e => Translate(e.Message, command, root)).Distinct().ToList();
        // The value of a mistyped option is no argument of its own: its option's message says enough.
        return messages.Any(m => m.StartsWith(UnknownOption, StringComparison.Ordinal))
            ? messages.Where(m => !m.StartsWith(UnexpectedArgument, StringComparison.Ordinal))
            : messages;
    }

    public static string UnknownVerb(string word, RootCommand root)
    {
        var verbs = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        return $"onbekende opdracht '{word}'" + DidYouMean(word, verbs) + " (zie 'intervisie help')";
    }

    internal static string Translate(string message, Command command, RootCommand root)
    {
        if (Unrecognized().Match(message) is { Success: true } u)
        {
            var token = u.Groups[1].Value;
            if (token.StartsWith('-'))
            {
                var options = OptionsOf(command, root).ToList();
                return $"{UnknownOption} '{token}'" + DidYouMean(token, options) + $" (zie {HelpHint(command, root)})";
            }

            return command.Subcommands.Any(c => !c.Hidden)
                ? UnknownVerb(token, root)
                : $"{UnexpectedArgument} '{token}' bij 'intervisie {command.Name}' (zie {HelpHint(command, root)})";
        }

        if (RequiredCommandArgument().Match(message) is { Success: true } a)
        {
            return $"argument ontbreekt: <{a.Groups[1].Value}> bij 'intervisie {a.Groups[2].Value}' (zie 'intervisie help {a.Groups[2].Value}')";
        }

        if (RequiredOptionArgument().Match(message) is { Success: true } v)
        {
            return $"optie '{v.Groups[1].Value}' heeft een waarde nodig";
        }

        if (SingleArgument().Match(message) is { Success: true } s)
        {
            return $"optie '{s.Groups[1].Value}' neemt één waarde, maar kreeg er {s.Groups[2].Value}";
        }

        if (RequiredOption().Match(message) is { Success: true } o)
        {
            return $"optie '{o.Groups[1].Value}' is verplicht";
        }

        if (CannotParse().Match(message) is { Success: true } p)
        {
            var what = p.Groups[2].Success ? $" voor '{p.Groups[2].Value}'" : "";
            return $"'{p.Groups[1].Value}' is geen geldige waarde{what}: verwacht {TypeName(p.Groups[3].Value)}";
        }

        if (NotAmong().Match(message) is { Success: true } n)
        {
            return $"'{n.Groups[1].Value}' is geen geldige keuze; kies uit: {string.Join(", ", n.Groups[2].Value.Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))}";
        }

        if (NotCombinable().Match(message) is { Success: true } c)
        {
            return $"{c.Groups[1].Value} gaat niet samen met andere argumenten";
        }

        if (ResponseFile().Match(message) is { Success: true } r)
        {
            return $"antwoordbestand '{r.Groups["file"].Value}' niet gevonden of niet leesbaar";
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return "geef een opdracht; 'intervisie help' toont ze allemaal";
        }

        return $"de opdrachtregel is ongeldig (zie {HelpHint(command, root)})";
    }

    /// <summary>" — bedoelde je 'x'?" for the nearest of <paramref name="candidates"/>, or nothing.</summary>
    internal static string DidYouMean(string word, IReadOnlyCollection<string> candidates)
    {
        var closest = Suggestions.Closest(word, candidates);
        if (closest is null && word.TrimStart('-').Length >= 3)
        {
            var starting = candidates.Where(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase)).ToList();
            closest = starting.Count == 1 ? starting[0] : null;
        }

        return closest is null ? "" : $" — bedoelde je '{closest}'?";
    }

    private static IEnumerable<string> OptionsOf(Command command, RootCommand root) =>
        command.Options.Concat(root.Options.Where(o => o.Recursive)).Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct();

    private static string HelpHint(Command command, RootCommand root) =>
        ReferenceEquals(command, root) ? "'intervisie help'" : $"'intervisie help {command.Name}'";

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Nullable`1[System.Int32]" => "een geheel getal",
        "System.Boolean" => "true of false",
        _ => "een andere waarde",
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument '(.*)' missing for command: '(.*)'\.?$")]
    private static partial Regex RequiredCommandArgument();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.?$")]
    private static partial Regex RequiredOptionArgument();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.?$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Option '(.*)' is required\.?$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*?)'(?: for (?:option|command) '(.*?)')? as expected type '(.*?)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(.*?)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"^(.*) option cannot be combined with other arguments\.?$")]
    private static partial Regex NotCombinable();

    [GeneratedRegex(@"^(?:Response file not found '(?<file>.*)'|Error reading response file '(?<file>.*?)')")]
    private static partial Regex ResponseFile();
}
