using System.Collections.Immutable;
using YamlDotNet.Core;

namespace IntervisieDocs.Loading.Yaml;

/// <summary>
/// Dutch wording for the syntax errors people actually make by hand; anything else keeps
/// YamlDotNet's English text rather than a vague translation.
/// </summary>
internal static class YamlErrorMessages
{
    private static readonly ImmutableArray<(string English, string Dutch)> Known =
    [
        ("quoted scalar, found wrong indentation", "tekst tussen aanhalingstekens loopt door op de volgende regel; ontbreekt een afsluitend aanhalingsteken?"),
        ("found unexpected end of stream", "onverwacht einde van het bestand; ontbreekt een afsluitend aanhalingsteken?"),
        ("did not find expected ',' or ']'", "',' of ']' verwacht; ontbreekt een afsluitende ']'?"),
        ("did not find expected ',' or '}'", "',' of '}' verwacht; ontbreekt een afsluitende '}'?"),
        ("did not find expected key", "veldnaam verwacht; klopt de inspringing?"),
        ("did not find expected '-' indicator", "'-' verwacht; klopt de inspringing van de lijst?"),
        ("found invalid mapping", "onverwachte ': ' in een waarde; zet de waarde tussen aanhalingstekens"),
        ("mapping values are not allowed in this context", "onverwachte ': ' in een waarde; zet de waarde tussen aanhalingstekens"),
        ("found invalid tab as indentation", "tab gebruikt om in te springen; gebruik spaties"),
        ("found character that cannot start any token", "een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens"),
        ("found unknown escape character", "onbekende escape (\\) tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens"),
    ];

    /// <summary>
    /// Where to report the error. YamlDotNet reports a tab in the indentation at the start of the
    /// enclosing mapping, possibly many lines up; the first indenting tab is what to fix.
    /// </summary>
    public static SourcePosition Locate(YamlException exception, string text)
    {
        var reported = new SourcePosition((int)exception.Start.Line, (int)exception.Start.Column);
        if (!exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return reported;

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = reported.Line - 1; i >= 0 && i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
                return new SourcePosition(i + 1, tab + 1);
        }

        return reported;
    }

    public static string Describe(YamlException exception)
    {
        foreach (var (english, dutch) in Known)
        {
            if (exception.Message.Contains(english, StringComparison.OrdinalIgnoreCase))
                return $"ongeldige YAML: {dutch}";
        }

        return $"ongeldige YAML: {exception.Message}";
    }
}
