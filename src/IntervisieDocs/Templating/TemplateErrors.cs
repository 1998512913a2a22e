using System.Text.RegularExpressions;
using Scriban.Parsing;

namespace IntervisieDocs.Templating;

/// <summary>
/// Scriban's messages as a template author reads them: the place as <c>file:line:column</c> and the
/// message in Dutch. A message we have no translation for is not shown in English: the author gets
/// a general Dutch description of the place instead.
/// </summary>
internal static partial class TemplateErrors
{
    /// <summary>"templates/handout.sbn:3:12" (Scriban counts lines and columns from 0).</summary>
    public static string Place(SourceSpan span) =>
        $"{span.FileName}:{span.Start.Line + 1}:{span.Start.Column + 1}";

    /// <summary>A Scriban parse or run message in Dutch.</summary>
    public static string Dutch(string message)
    {
        foreach (var (pattern, translate) in Translations)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return translate(match);
            }
        }

        return "het sjabloon klopt hier niet (controleer de {{ }}-blokken, de aanhalingstekens en of elk if/for/case een end heeft)";
    }

    private static readonly (Regex Pattern, Func<Match, string> Translate)[] Translations =
    [
        // The parser wraps most messages: "Error while parsing for statement: <why> in: <syntax>".
        (new Regex(@"^Error while parsing (\w+)(?: statement| expression)?: (.*?)(?: in: .*)?$", RegexOptions.Singleline), m => $"{Construct(m.Groups[1].Value)}: {Dutch(m.Groups[2].Value)}"),
        (new Regex(@"Expecting 'in' word instead of `([^`]*)`"), m => $"na 'for <naam>' hoort 'in' (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Expecting an <expression> to the right of the operator instead of `([^`]*)`"), m => $"rechts van de bewerking ontbreekt een waarde (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Expecting <index_expression> instead of `([^`]*)`"), m => $"tussen [ ] ontbreekt een waarde (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Expecting <expression> instead of `([^`]*)`"), m => $"hier ontbreekt een waarde (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Expecting (?:a variable|<variable>) instead of `([^`]*)`"), m => $"hier hoort een naam (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"The <end> statement was not found"), _ => "'{{ end }}' ontbreekt"),
        (new Regex(@"Found <end> statement without a corresponding beginning of a block"), _ => "'{{ end }}' zonder bijbehorend if, for, case of func"),
        (new Regex(@"A else condition must be preceded"), _ => "'else' zonder bijbehorend if (of when)"),
        (new Regex(@"A `when` condition must be preceded"), _ => "'when' zonder bijbehorend case"),
        (new Regex(@"Invalid token `([^`]*)`\. Expecting a closing `(.)`"), m => $"hier ontbreekt '{m.Groups[2].Value}' (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Unexpected token found `([^`]*)` while expecting `(.)`"), m => $"hier ontbreekt '{m.Groups[2].Value}' (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Unexpected `([^`]*)`\. Expecting '(.)'"), m => $"hier ontbreekt '{m.Groups[2].Value}' (gevonden: '{m.Groups[1].Value}')"),
        (new Regex(@"Invalid token found `([^`]*)`\. Expecting <EOL>/end of line"), m => $"onverwacht '{m.Groups[1].Value}': hier hoort het blok te eindigen"),
        (new Regex(@"The dot operator is expected to be followed by a plain identifier"), _ => "na een punt hoort een veldnaam"),
        (new Regex(@"Unexpected token `\{` while parsing object initializer"), _ => "onverwacht '{': staat er '{{' binnen een blok?"),
        (new Regex(@"Unexpected end of file while parsing a string not terminated by a (.)"), m => $"tekst tussen {m.Groups[1].Value} is niet afgesloten"),
        (new Regex(@"Unexpected end of file"), _ => "het sjabloon houdt onverwacht op (ontbreekt '}}' of '{{ end }}'?)"),
        (new Regex(@"Unexpected token `?([^`]*)`?"), m => $"onverwacht teken '{m.Groups[1].Value.Trim()}'"),
        (new Regex(@"Invalid token(?: found)? `([^`]*)`"), m => $"ongeldig teken '{m.Groups[1].Value}'"),
        (new Regex(@"Expecting a closing parenthesis"), _ => "hier ontbreekt een sluithaakje ')'"),
        (new Regex(@"Expecting an expression for argument function calls"), _ => "hier ontbreekt een argument van de functie"),
        (new Regex(@"Cannot get the member (\S+) for a null object"), m => $"'{m.Groups[1].Value}': de waarde vóór de punt is leeg; controleer die eerst met {{{{ if … }}}}"),
        (new Regex(@"Object `([^`]*)` is null\. Cannot access member: (\S+)"), m => $"'{m.Groups[2].Value}': '{m.Groups[1].Value}' is leeg; controleer die eerst met {{{{ if … }}}}"),
        (new Regex(@"Range expression exceeds LoopLimit `(\d+)`"), m => $"een reeks van meer dan {m.Groups[1].Value} getallen; zo vaak herhaalt geen lus in een sjabloon"),
        (new Regex(@"Exceeding number of iteration limit `(\d+)`"), m => $"deze lus herhaalt meer dan {m.Groups[1].Value} keer; houdt hij ooit op?"),
        (new Regex(@"Exceeding number of recursive depth limit `(\d+)` for node: `([^`]*)`"), m => $"'{m.Groups[2].Value}' gaat meer dan {m.Groups[1].Value} keer diep; een include of func die zichzelf blijft aanroepen?"),
        (new Regex(@"recursive depth limit `(\d+)`"), m => $"het sjabloon gaat meer dan {m.Groups[1].Value} keer diep; een include of func die zichzelf blijft aanroepen?"),
        (new Regex(@"exceeds the configured LimitToString `(\d+)`"), m => $"een tekst van meer dan {m.Groups[1].Value} tekens; zo groot wordt geen product"),
        (new Regex(@"LimitToString"), _ => "een tekst die te groot wordt; zo groot wordt geen product"),
        (new Regex(@"The function `([^`]*)` was not found"), m => $"onbekende functie '{m.Groups[1].Value}'"),
        (new Regex(@"The variable or function `([^`]*)` was not found"), m => $"onbekende variabele of functie '{m.Groups[1].Value}'"),
        (new Regex(@"Invalid number of arguments `(\d+)` passed to `([^`]*)` while expecting `(\d+)`"), m => $"functie {m.Groups[2].Value} krijgt {m.Groups[3].Value} waarden, niet {m.Groups[1].Value}"),
        (new Regex(@"Invalid number of arguments"), _ => "een functie krijgt hier het verkeerde aantal waarden"),
        (new Regex(@"Cannot set a value for the readonly member"), _ => "een veld uit de gegevens kan een sjabloon niet veranderen"),
        (new Regex(@"Cannot set"), _ => "deze waarde kan een sjabloon niet veranderen"),
        (new Regex(@"Cannot convert|Unable to convert"), _ => "deze waarde heeft hier de verkeerde soort (tekst, getal, lijst)"),
        (new Regex(@"Invalid target function"), _ => "dit is geen functie; staat er een '|' of een waarde te veel?"),
        (new Regex(@"divide by zero|Division by zero", RegexOptions.IgnoreCase), _ => "delen door nul"),
    ];

    /// <summary>The construct a parse error is in, as the author wrote it.</summary>
    private static string Construct(string name) => name switch
    {
        "for" or "if" or "else" or "case" or "when" or "while" or "capture" or "with" or "wrap" => $"fout in '{name}'",
        "function" => "fout in 'func'",
        "assign" => "fout in de toekenning (=)",
        "pipe" => "fout na '|'",
        "binary" => "fout in de berekening of vergelijking",
        "nested" => "fout tussen haakjes",
        "indexer" => "fout tussen [ ]",
        "ScriptPage" => "fout in het sjabloon",
        _ => "fout in het sjabloon",
    };
}
