using System.Collections.Immutable;
using YamlDotNet.Core;

namespace IntervisieDocs.Loading.Yaml;

/// <summary>
/// Dutch wording for YamlDotNet's syntax errors: the ones people make by hand precisely, the rare
/// rest in general Dutch terms. The user never reads YamlDotNet's English.
/// </summary>
internal static class YamlErrorMessages
{
    private static readonly ImmutableArray<(string English, string Dutch)> Known =
    [
        ("quoted scalar, found wrong indentation", "tekst tussen aanhalingstekens loopt door op de volgende regel; ontbreekt een afsluitend aanhalingsteken?"),
        ("quoted scalar, found unexpected end of stream", "onverwacht einde van het bestand; ontbreekt een afsluitend aanhalingsteken?"),
        ("found unexpected end of stream", "onverwacht einde van het bestand; ontbreekt een afsluitend aanhalingsteken?"),
        ("did not find expected ',' or ']'", "',' of ']' verwacht; ontbreekt een afsluitende ']'?"),
        ("did not find expected ',' or '}'", "',' of '}' verwacht; ontbreekt een afsluitende '}'?"),
        ("did not find expected key", "veldnaam verwacht; klopt de inspringing?"),
        ("did not find expected '-' indicator", "'-' verwacht; klopt de inspringing van de lijst?"),
        ("found invalid mapping", "onverwachte ': ' in een waarde; zet de waarde tussen aanhalingstekens"),
        ("mapping values are not allowed in this context", "onverwachte ': ' in een waarde; zet de waarde tussen aanhalingstekens"),
        ("found invalid tab as indentation", "tab gebruikt om in te springen; gebruik spaties"),
        ("found a tab character that violate", "tab in een waarde waar de inspringing telt; gebruik spaties of zet de waarde tussen aanhalingstekens"),
        ("found character that cannot start any token", "een waarde mag niet met dit teken beginnen; zet haar tussen aanhalingstekens"),
        ("found unknown escape character", "onbekende escape (\\) tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens"),
        ("did not find expected hexadecimal number", "onvolledige escape (\\x, \\u) tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens"),
        ("invalid Unicode", "ongeldige Unicode-escape tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens"),
        ("found unexpected document indicator", "'---' of '...' binnen een tekst tussen aanhalingstekens; ontbreekt een afsluitend aanhalingsteken?"),
        ("did not find expected <document start>", "nog tekst na het einde van de gegevens; klopt de inspringing, of staat er iets na '...'?"),
        ("did not find expected <document end>", "na '...' (het einde van het document) mag geen tekst meer staan; verwijder wat erna staat"),
        ("could not find expected ':'", "':' verwacht na een veldnaam; een veld schrijf je als 'naam: waarde'"),
        ("did not find expected node content", "waarde verwacht; ontbreekt er iets na '-', ':' of ','?"),
        ("did not find expected token", "waarde verwacht; ontbreekt er iets na '-', ':' of ','?"),
        ("found a comment between adjacent scalars", "een '#' midden in een waarde; zet de waarde tussen aanhalingstekens"),
        ("found invalid comment after", "een '#' direct na een lijst of tekst; zet er een spatie voor of haal hem weg"),
        ("block scalar", "een tekstblok na '|' of '>' klopt niet; begin de tekst op de volgende regel, verder ingesprongen"),
        ("directive", "regels die met '%' beginnen (YAML-directieven) worden niet ondersteund; zet zo'n waarde tussen aanhalingstekens"),
        ("tag", "YAML-tags ('!') worden niet ondersteund; zet een waarde die met '!' begint tussen aanhalingstekens"),
        ("anchor or alias", "'&' of '*' aan het begin van een waarde; zet de waarde tussen aanhalingstekens"),
        ("more than one anchor", "ankers (&) worden niet ondersteund; schrijf de waarde uit"),
        ("document end", "'...' of '---' op een plek waar het niet mag; verwijder het of zet de tekst tussen aanhalingstekens"),
        ("document start", "'...' of '---' op een plek waar het niet mag; verwijder het of zet de tekst tussen aanhalingstekens"),
        ("end of the stream", "onverwacht einde van het bestand; is het volledig opgeslagen?"),
        ("surrogate", "ongeldig teken in de tekst"),
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

        return "ongeldige YAML: de tekst is vanaf hier niet te lezen; controleer inspringing, dubbele punten en aanhalingstekens";
    }
}
