using System.Globalization;
using System.Text;

namespace IntervisieDocs.Templating;

/// <summary>
/// The Dutch template functions: <c>{{ 75 | minuten }}</c> → "1 uur 15 min", <c>{{ titel | md }}</c> escapes
/// data text for Markdown. Plain C#; <see cref="TemplateFunctions"/> makes them template functions by name.
/// </summary>
public static class DutchFilters
{
    private static readonly string[] Days = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
    private static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>Minutes as people say them: "40 min", "1 uur", "1 uur 15 min", "2 uur 5 min".</summary>
    public static string Minuten(object? input)
    {
        if (!TryInt(input, out var minutes))
        {
            return "";
        }

        var hours = minutes / 60;
        var rest = minutes % 60;
        return (hours, rest) switch
        {
            (0, _) => $"{rest} min",
            (_, 0) => $"{hours} uur",
            _ => $"{hours} uur {rest} min",
        };
    }

    /// <summary>Minutes as the sources write them, with hours for the long ones: "40 min", "100 min (1 uur 40 min)".</summary>
    public static string Duur(object? input) =>
        !TryInt(input, out var minutes) ? "" : minutes < 60 ? $"{minutes} min" : $"{minutes} min ({Minuten(minutes)})";

    /// <summary>Minutes since the start as a clock reading: 0 → "0:00", 65 → "1:05".</summary>
    public static string Klok(object? input) =>
        TryInt(input, out var minutes) && minutes >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}:{minutes % 60:00}")
            : "";

    /// <summary>A date in Dutch: "maandag 23 november 2026". Accepts a date or "jjjj-mm-dd".</summary>
    public static string Datum(object? input)
    {
        if (!TryDate(input, out var date))
        {
            return input?.ToString() ?? "";
        }

        return $"{Days[(int)date.DayOfWeek]} {date.Day} {Months[date.Month - 1]} {date.Year}";
    }

    /// <summary>A short Dutch date: "23-11-2026".</summary>
    public static string KorteDatum(object? input) =>
        TryDate(input, out var date) ? date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : input?.ToString() ?? "";

    /// <summary>
    /// Data text made literal for Markdown: every character that could start markup is escaped and line
    /// ends become spaces, so a '|', '*', '#' or '{{ }}' in a title prints as itself and never breaks a table.
    /// </summary>
    public static string Md(object? input)
    {
        var text = input?.ToString() ?? "";
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    builder.Append(' ');
                    break;
                // Braces as character references: a backslash-escaped brace at the end of a heading
                // would still be read as the start of the heading's {#anchor} attributes.
                case '{':
                    builder.Append("&#123;");
                    break;
                case '}':
                    builder.Append("&#125;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or ':' or '&' or '"' or '=' or '^':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Like <see cref="Md"/>, but a line end stays a line break (for addresses, poems, multi-line literal fields).</summary>
    public static string MdRegels(object? input) =>
        string.Join("\\\n", (input?.ToString() ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => Md(l)));

    /// <summary>
    /// The paragraphs of a Markdown text, lists left out, each as Markdown; a form puts writing space
    /// between them: <c>{{ alineas = bank.afsluiting | alineas }}</c>.
    /// </summary>
    public static IList<string> Alineas(object? input) => [.. MarkdownText.Paragraphs(input?.ToString())];

    /// <summary>The items of the lists in a Markdown text, as literal text (print them with <c>md</c>).</summary>
    public static IList<string> Punten(object? input) => [.. MarkdownText.ListItems(input?.ToString())];

    /// <summary>
    /// The first element of a list that contains <paramref name="fragment"/>: a text, or an object (a
    /// section, step, role instruction) by its <c>titel</c>, <c>tekst</c> or <c>beschrijving</c>. Picks a part of the data by what it says rather
    /// than by position, and is an error when the data no longer says it (never an empty line on paper).
    /// </summary>
    public static object Met(object? input, string fragment)
    {
        if (input is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (Says(item, fragment))
                {
                    return item;
                }
            }
        }

        throw new TemplateFunctionException($"met: geen element met „{fragment}” in de gegevens");
    }

    /// <summary>A list item as a label: without its closing <c>;</c>, <c>,</c>, <c>:</c> or <c>.</c> ("vragen?;" → "vragen?").</summary>
    public static string ZonderSlotteken(object? input)
    {
        var text = (input?.ToString() ?? "").TrimEnd();
        return text.Length > 0 && text[^1] is ';' or ',' or ':' or '.' ? text[..^1].TrimEnd() : text;
    }

    /// <summary>
    /// A sentence that ends in a dotted fill-in line, for a form that gives real writing lines instead:
    /// "Mijn werkprobleem is……………." → "Mijn werkprobleem is …".
    /// </summary>
    public static string Invulregel(object? input)
    {
        var text = (input?.ToString() ?? "").TrimEnd();
        var start = text.Length;
        while (start > 0 && text[start - 1] is '.' or '…')
        {
            start--;
        }

        var run = text[start..];
        return run.Length >= 2 || run.Contains('…', StringComparison.Ordinal) ? text[..start].TrimEnd() + " …" : text;
    }

    private static bool Says(object? item, string fragment) => item switch
    {
        string text => text.Contains(fragment, StringComparison.Ordinal),
        TemplateObject fields => new[] { "titel", "tekst", "beschrijving" }
            .Any(name => fields.FieldNames.Contains(name) && fields[name] is string text && text.Contains(fragment, StringComparison.Ordinal)),
        _ => false,
    };


    /// Markdown indented by <paramref name="spaces"/> on every non-empty line, to nest it in a list
    /// item: after "1. " or "10. " an indent of 4 keeps paragraphs and lists inside the item.
    /// </summary>
    public static string Inspringen(object? input, int spaces = 4)
    {
        var indent = new string(' ', Math.Clamp(spaces, 0, 16));
        var lines = (input?.ToString() ?? "").Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return string.Join('\n', lines.Select(l => l.Length == 0 ? l : indent + l));
    }

    private static bool TryInt(object? input, out int value)
    {
        switch (input)
        {
            case int i:
                value = i;
                return true;
            case long l when l is >= int.MinValue and <= int.MaxValue:
                value = (int)l;
                return true;
            case decimal d when d == decimal.Truncate(d):
                value = (int)d;
                return true;
            case double f when f == Math.Truncate(f):
                value = (int)f;
                return true;
            case string s:
                return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
            default:
                value = 0;
                return false;
        }
    }

    private static bool TryDate(object? input, out DateOnly date)
    {
        switch (input)
        {
            case DateOnly d:
                date = d;
                return true;
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case string s:
                return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
            default:
                date = default;
                return false;
        }
    }
}
