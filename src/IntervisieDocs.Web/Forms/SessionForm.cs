using System.Globalization;
using System.Text.RegularExpressions;
using IntervisieDocs.Loading;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;
using IntervisieDocs.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntervisieDocs.Web.Forms;

/// <summary>
/// The session form as the user typed it. It is checked by turning it into the text of a session file
/// (<see cref="ToYaml"/>) and reading that with <see cref="SessionReader"/>, the reader of
/// <c>intervisie pakket</c>: the same rules and the same Dutch messages, each put next to its field.
/// </summary>
internal sealed partial class SessionForm
{
    /// <summary>No field of a session is longer than a participant list of 100 long names.</summary>
    public const int MaxFieldLength = 8000;

    /// <summary>The file name in messages and downloads.</summary>
    public const string FileName = "sessie.yaml";

    /// <summary>The form fields in the order of the form; each is also the key in the session file.</summary>
    public static readonly string[] Keys = ["groep", "datum", "begintijd", "eindtijd", "locatie", "methode", "gespreksleider", "inbrenger", "deelnemers", "onderwerpen"];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string this[string key]
    {
        get => _values.TryGetValue(key, out var value) ? value : "";
        set => _values[key] = value;
    }

    /// <summary>Divide a group that is too large into parallel subgroups (<c>--splits</c>).</summary>
    public bool Splits { get; set; }

    /// <summary>
    /// Print on one side only (<c>--enkelzijdig</c>): no blank pages that make every participant's set
    /// and every worksheet start on a front. Off by default: the pack prints double-sided.
    /// </summary>
    public bool SingleSided { get; set; }

    public static SessionForm From(IFormCollection form)
    {
        var result = new SessionForm
        {
            Splits = form["splits"].ToString() is "ja" or "on",
            SingleSided = form["enkelzijdig"].ToString() is "ja" or "on",
        };
        foreach (var key in Keys)
        {
            var value = form[key].ToString();
            result[key] = value.Length > MaxFieldLength ? value[..MaxFieldLength] : value;
        }

        return result;
    }

    /// <summary>
    /// The fields of an uploaded session file, as text for the form; a field the form cannot show
    /// (a list where text belongs) stays empty and the reader's message says why.
    /// </summary>
    public static SessionForm FromYaml(string text)
    {
        var result = new SessionForm();
        if (YamlTreeReader.Read(text, new DiagnosticCollector(FileName)) is not YamlMapping mapping)
        {
            return result;
        }

        foreach (var key in Keys)
        {
            result[key] = mapping.Find(key)?.Value switch
            {
                YamlScalar scalar when !scalar.IsNull => scalar.Value,
                YamlSequence list when key == "deelnemers" => string.Join('\n', list.Items.OfType<YamlScalar>().Select(s => s.Value)),
                _ => "",
            };
        }

        return result;
    }

    /// <summary>The participants as the session file has them: a number, or one name per line.</summary>
    public (IReadOnlyList<string> Names, string? Number) Participants()
    {
        var lines = this["deelnemers"].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 && IntegerLike().IsMatch(lines[0]) ? ([], lines[0]) : (lines, null);
    }

    /// <summary>
    /// A session file with the fields that are filled in (an empty field is left out, so a required one
    /// gets the reader's "ontbreekt"). Text is quoted where YAML would read it otherwise.
    /// </summary>
    public string ToYaml()
    {
        var output = new System.Text.StringBuilder();
        output.Append("# Sessiebestand, gemaakt met 'intervisie web'. De velden staan in sessies/README.md.\n");
        output.Append("# Het pakket maak je ook met: intervisie pakket sessie.yaml\n");
        foreach (var key in Keys)
        {
            var value = this[key].Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (key == "deelnemers")
            {
                var (names, number) = Participants();
                if (number is not null)
                {
                    output.Append($"deelnemers: {number}\n");
                }
                else
                {
                    output.Append("deelnemers:\n");
                    foreach (var name in names)
                    {
                        output.Append($"  - {Scalar(name)}\n");
                    }
                }
            }
            else if (key == "onderwerpen" && IntegerLike().IsMatch(value))
            {
                output.Append($"{key}: {value}\n");
            }
            else
            {
                output.Append($"{key}: {Scalar(value)}\n");
            }
        }

        return output.ToString();
    }

    /// <summary>Reads the form as the command line reads a session file: the session, or the messages per field.</summary>
    public (Session? Session, FormErrors Errors) Check(DataSet data) => Check(ToYaml(), data);

    /// <summary>Reads a session file's text; a message about a field goes next to it, the rest with its line.</summary>
    public static (Session? Session, FormErrors Errors) Check(string yaml, DataSet data)
    {
        var (session, diagnostics) = SessionReader.Read(yaml, FileName, data);
        var errors = new FormErrors();
        foreach (var d in diagnostics.Where(d => d.IsError))
        {
            var field = d.Field is { } f ? Keys.FirstOrDefault(k => f == k || f.StartsWith(k + "[", StringComparison.Ordinal)) : null;
            errors.Add(field, field is null ? d.ToString() : d.Message);
        }

        return (errors.Any ? null : session, errors);
    }

    /// <summary>Plain when YAML reads it back as the same text, else double-quoted with escapes.</summary>
    private static string Scalar(string value)
    {
        var oneLine = value.ReplaceLineEndings(" ");
        if ((PlainSafe().IsMatch(oneLine) && !IsSpecial(oneLine)) || ClockTime().IsMatch(oneLine))
        {
            return oneLine;
        }

        var quoted = new System.Text.StringBuilder("\"");
        foreach (var c in oneLine)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsSpecial(string value) =>
        value.ToLowerInvariant() is "null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n"
        || IntegerLike().IsMatch(value) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,'()/&+-]*(?<! )$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^[0-9]{1,2}:[0-9]{2}$")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerLike();
}
