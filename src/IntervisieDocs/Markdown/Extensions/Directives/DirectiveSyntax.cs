using System.Text.RegularExpressions;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>The shape of a directive: <c>[[naam argumenten]]</c>, alone on its line.</summary>
internal static partial class DirectiveSyntax
{
    public const string Opening = "[[";

    /// <summary>The name and the trimmed arguments, or null when the line is not a well-formed directive.</summary>
    public static (string Name, string Arguments)? Match(string line)
    {
        var match = Whole().Match(line);
        return match.Success ? (match.Groups["name"].Value, match.Groups["args"].Value.Trim()) : null;
    }

    [GeneratedRegex(@"^\[\[(?<name>[^\s\[\]""]+)(?:\s+(?<args>.*?))?\s*\]\]$")]
    private static partial Regex Whole();

    /// <summary>Characters of a directive name; used to spot a directive in running text.</summary>
    public static bool IsNameChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
}
