using System.Text.RegularExpressions;

namespace IntervisieDocs.Cli;

/// <summary>System.CommandLine speaks English; the user reads Dutch.</summary>
internal static partial class ParseMessages
{
    public static string Translate(string message)
    {
        if (RequiredArgument().Match(message) is { Success: true } a)
        {
            return $"argument ontbreekt bij '{a.Groups[1].Value}'";
        }

        if (UnrecognizedCommand().Match(message) is { Success: true } c)
        {
            return $"onbekende opdracht of optie '{c.Groups[1].Value}'";
        }

        if (RequiredOption().Match(message) is { Success: true } o)
        {
            return $"optie '{o.Groups[1].Value}' is verplicht";
        }

        if (CannotParse().Match(message) is { Success: true } p)
        {
            return $"'{p.Groups[1].Value}' is geen geldige waarde voor '{p.Groups[2].Value}'";
        }

        return $"ongeldige opdracht: {message}";
    }

    [GeneratedRegex(@"Required argument missing for command: '([^']+)'")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"Unrecognized command or argument '([^']+)'")]
    private static partial Regex UnrecognizedCommand();

    [GeneratedRegex(@"Option '([^']+)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"Cannot parse argument '([^']*)' for (?:option|command) '([^']+)'")]
    private static partial Regex CannotParse();
}
