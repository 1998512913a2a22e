using System.Collections.Immutable;
using System.Globalization;
using IntervisieDocs.Files;
using IntervisieDocs.Loading;
using IntervisieDocs.Loading.Readers;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Sessions;

/// <summary>
/// Reads a session file with the project's YAML reader: every problem has the file, line and column
/// and a Dutch message, and all problems of the file are reported in one run.
/// </summary>
internal static class SessionReader
{
    public const int MaxParticipants = 100;

    /// <summary>The group's name stands in every page header, on one line.</summary>
    public const int MaxGroupLength = 80;

    /// <summary>A name fits the name field of a worksheet and its page header.</summary>
    public const int MaxNameLength = Model.ParticipantName.MaxLength;

    public static readonly FieldSet Fields = new(
        "sessie",
        ["groep", "datum", "begintijd", "eindtijd", "locatie", "methode", "gespreksleider", "inbrenger", "deelnemers", "onderwerpen"],
        ["groep", "datum", "begintijd", "locatie", "methode", "gespreksleider", "deelnemers"]);

    /// <summary>Reads the session file at <paramref name="path"/> (shown as <paramref name="file"/>) through <see cref="InputFile"/>.</summary>
    public static (Session? Session, IReadOnlyList<Diagnostic> Diagnostics) ReadFile(string path, string file, DataSet data)
    {
        if (FileStatus.Of(path).Kind == FileKind.Missing)
        {
            return (null, [new Diagnostic(DiagnosticSeverity.Error, file, 0, 0, null, "sessiebestand niet gevonden")]);
        }

        string text;
        try
        {
            text = InputFile.ReadText(path, file);
        }
        catch (InputFileException e)
        {
            return (null, [new Diagnostic(DiagnosticSeverity.Error, file, e.Line, e.Column, null, e.Problem)]);
        }

        return Read(text, file, data);
    }

    /// <summary>The session, or null with at least one error in the diagnostics.</summary>
    public static (Session? Session, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string file, DataSet data)
    {
        var diagnostics = new DiagnosticCollector(file);
        var root = YamlTreeReader.Read(text, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(SourcePosition.Start, null, "het sessiebestand is leeg");
            }

            return (null, diagnostics.Diagnostics);
        }

        if (MappingReader.Open(root, Fields, diagnostics, "", "het sessiebestand") is not { } reader)
        {
            return (null, diagnostics.Diagnostics);
        }

        var group = reader.Text("groep");
        if (group.Length > MaxGroupLength)
        {
            diagnostics.Error(reader.PositionOf("groep"), "groep", $"'groep' mag hoogstens {MaxGroupLength} tekens hebben (hij staat in de kop van elke pagina), niet {group.Length}");
        }

        var date = Date(reader, "datum");
        var start = Time(reader, "begintijd");
        var end = reader.Node("eindtijd") is null ? null : Time(reader, "eindtijd");
        var location = reader.Text("locatie");
        var method = FindMethod(reader, data);
        var leader = reader.Text("gespreksleider");
        var presenter = reader.OptionalText("inbrenger");
        var (names, count) = Participants(reader);
        var topics = reader.Integer("onderwerpen", 1, MaxParticipants) ?? 1;

        if (start is { } s && end is { } e && e <= s)
        {
            diagnostics.Error(reader.PositionOf("eindtijd"), "eindtijd", $"'eindtijd' ({e:HH:mm}) moet na de begintijd ({s:HH:mm}) liggen");
        }

        if (diagnostics.HasErrors || date is null || start is null || method is null)
        {
            return (null, diagnostics.Diagnostics);
        }

        // The draaiboek prints clock times of one day; a schedule past midnight would print 01:05 as if it were today.
        var total = SessionPlan.TotalMinutes(SessionPlan.Schedule(method, start.Value, topics));
        var finish = start.Value.Hour * 60 + start.Value.Minute + total;
        if (finish >= 24 * 60)
        {
            var days = finish / (24 * 60);
            var fix = topics > 1 ? "kies een eerdere begintijd of minder onderwerpen" : "kies een eerdere begintijd of een kortere methode";
            diagnostics.Error(reader.PositionOf("begintijd"), "begintijd",
                $"het draaiboek duurt {total} min en loopt vanaf {start.Value:HH:mm} over middernacht " +
                $"(tot {finish / 60 % 24:00}:{finish % 60:00}, {(days == 1 ? "de volgende dag" : $"{days} dagen later")}); een sessie eindigt op de dag waarop ze begint: {fix}");
            return (null, diagnostics.Diagnostics);
        }

        return (new Session(group, date.Value, start.Value, end, location, method, leader, presenter, names, count, topics), diagnostics.Diagnostics);
    }

    private static DateOnly? Date(MappingReader reader, string key)
    {
        var value = reader.Text(key);
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        reader.Diagnostics.Error(reader.PositionOf(key), key, $"'{key}' moet een datum zijn als jjjj-mm-dd, bijvoorbeeld 2026-11-23, niet '{value}'");
        return null;
    }

    private static TimeOnly? Time(MappingReader reader, string key)
    {
        var value = reader.Text(key);
        if (value.Length == 0)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        reader.Diagnostics.Error(reader.PositionOf(key), key, $"'{key}' moet een tijd zijn als uu:mm, bijvoorbeeld 13:30, niet '{value}'");
        return null;
    }

    private static Method? FindMethod(MappingReader reader, DataSet data)
    {
        var id = reader.Text("methode");
        if (id.Length == 0)
        {
            return null;
        }

        if (data.FindMethod(id) is { } method)
        {
            return method;
        }

        var closest = Suggestions.Nearest(id, data.Methods.Select(m => m.Id));
        reader.Diagnostics.Error(reader.PositionOf("methode"), "methode",
            $"onbekende methode '{id}' — bedoelde je: {string.Join(", ", closest)}? ('intervisie methoden' toont ze allemaal)");
        return null;
    }

    /// <summary>A list of names, or a number of participants.</summary>
    private static (IReadOnlyList<string> Names, int Count) Participants(MappingReader reader)
    {
        switch (reader.Node("deelnemers"))
        {
            case null:
                return ([], 0);
            case YamlSequence:
                var items = reader.TextItems("deelnemers");
                foreach (var item in items.Where(i => i.Value.Length > MaxNameLength))
                {
                    reader.Diagnostics.Error(item.Position, "deelnemers", $"de naam '{item.Value[..20]}…' is langer dan {MaxNameLength} tekens; hij moet in het naamvak van de werkbladen passen");
                }

                ImmutableArray<string> names = [.. items.Select(i => i.Value)];
                var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    reader.Diagnostics.Error(reader.PositionOf("deelnemers"), "deelnemers", $"'{duplicate.Key}' staat twee keer in 'deelnemers'; geef elke deelnemer een eigen naam");
                }

                if (names.Length > MaxParticipants)
                {
                    reader.Diagnostics.Error(reader.PositionOf("deelnemers"), "deelnemers", $"'deelnemers' mag hoogstens {MaxParticipants} namen hebben");
                }
                else if (names.Length == 0)
                {
                    reader.Diagnostics.Error(reader.PositionOf("deelnemers"), "deelnemers", "'deelnemers' is een lege lijst; geef de namen of het aantal deelnemers");
                }

                return (names, names.Length);
            case YamlScalar:
                return ([], reader.Integer("deelnemers", 1, MaxParticipants) ?? 0);
            case var other:
                reader.Diagnostics.Error(other.Position, "deelnemers", $"'deelnemers' moet een lijst namen of een aantal zijn, niet {other.Describe()}");
                return ([], 0);
        }
    }
}
