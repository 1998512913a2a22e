using System.Text;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "session files": sessie.yaml broken in one way each. <c>pakket sessie.yaml</c> refuses it
/// with exit 2 at the file and line, and the previous pack stays.
/// </summary>
public sealed class SessionFileTests
{
    private static readonly string[] Pack = ["pakket", "sessie.yaml", "-o", "output/pakket.pdf"];

    /// <summary>(case, replace this in the valid session, with this, expected line, a fragment of the message).</summary>
    public static TheoryData<string, string, string, int, string> Edits => new()
    {
        { "datum onzin", "datum: 2026-12-03", "datum: morgen", 2, "datum" },
        { "datum 31 februari", "datum: 2026-12-03", "datum: 2026-02-31", 2, "datum" },
        { "datum Nederlands", "datum: 2026-12-03", "datum: 3-12-2026", 2, "jjjj-mm-dd" },
        { "begintijd 25 uur", "begintijd: 13:30", "begintijd: \"25:00\"", 3, "begintijd" },
        { "begintijd zonder dubbele punt", "begintijd: 13:30", "begintijd: 1330", 3, "uu:mm" },
        { "begintijd leeg", "begintijd: 13:30", "begintijd:", 3, "begintijd" },
        { "eindtijd voor begintijd", "eindtijd: 15:00", "eindtijd: 12:00", 4, "na de begintijd" },
        { "eindtijd gelijk", "eindtijd: 15:00", "eindtijd: 13:30", 4, "na de begintijd" },
        { "over middernacht", "begintijd: 13:30\neindtijd: 15:00", "begintijd: 23:50", 3, "middernacht" },
        { "over middernacht met onderwerpen", "methode: proef", "methode: snelle-adviesrondes\nonderwerpen: 60", 3, "minder onderwerpen" },
        { "onbekende methode", "methode: proef", "methode: proeff", 6, "bedoelde je" },
        { "methode leeg", "methode: proef", "methode: \"\"", 6, "methode" },
        { "methode is een lijst", "methode: proef", "methode: [proef]", 6, "methode" },
        { "groep ontbreekt", "groep: Intervisiegroep Noord\n", "", 1, "groep" },
        { "groep te lang", "groep: Intervisiegroep Noord", "groep: " + new string('W', 81), 1, "hoogstens 80" },
        { "naam te lang", "[Marieke, Sanne, Ahmed, Joost]", "[Marieke, Sanne, Ahmed, " + new string('J', 200) + "]", 9, "langer dan" },
        { "dubbele deelnemer", "[Marieke, Sanne, Ahmed, Joost]", "[Marieke, Sanne, Ahmed, marieke]", 9, "twee keer" },
        { "geen deelnemers", "[Marieke, Sanne, Ahmed, Joost]", "[]", 9, "lege lijst" },
        { "te veel deelnemers", "[Marieke, Sanne, Ahmed, Joost]", "[" + string.Join(", ", Enumerable.Range(1, 101).Select(i => $"D{i}")) + "]", 9, "hoogstens 100" },
        { "aantal deelnemers nul", "[Marieke, Sanne, Ahmed, Joost]", "0", 9, "deelnemers" },
        { "aantal deelnemers enorm", "[Marieke, Sanne, Ahmed, Joost]", "100000000000", 9, "deelnemers" },
        { "deelnemers groep velden", "[Marieke, Sanne, Ahmed, Joost]", "{ a: b }", 9, "deelnemers" },
        { "onderwerpen nul", "deelnemers: [Marieke, Sanne, Ahmed, Joost]", "deelnemers: [Marieke, Sanne, Ahmed, Joost]\nonderwerpen: 0", 10, "onderwerpen" },
        { "onbekend veld", "locatie: Zaal 2", "lokatie: Zaal 2", 5, "lokatie" },
        { "dubbel veld", "locatie: Zaal 2", "locatie: Zaal 2\nlocatie: Zaal 3", 6, "twee keer" },
        { "tab", "locatie: Zaal 2", "locatie:\tZaal\t2\n\t x", 6, "tab" },
        { "open haak", "[Marieke, Sanne, Ahmed, Joost]", "[Marieke, Sanne", 10, "ontbreekt een afsluitende ']'" },
        { "anker", "methode: proef", "methode: &m proef", 6, "ankers" },
        { "twee documenten", "locatie: Zaal 2", "---\nlocatie: Zaal 2", 5, "meer dan één YAML-document" },
        { "stuurteken", "locatie: Zaal 2", "locatie: Zaal\u001b2", 5, "stuurteken" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_broken_session_file_is_refused_at_its_line(string name, string find, string replace, int line, string message)
    {
        Assert.Contains(find, HostileWorkspace.Session, StringComparison.Ordinal);
        using var workspace = new HostileWorkspace();
        workspace.Write("sessie.yaml", HostileWorkspace.Session.Replace(find, replace, StringComparison.Ordinal));
        workspace.Previous("output/pakket.pdf");

        workspace.Refused($"sessie.yaml:{line}:", message, Pack);
        _ = name;
    }

    public static TheoryData<string, byte[], string> Files => new()
    {
        { "leeg", [], "leeg" },
        { "alleen commentaar", "# niets\n"u8.ToArray(), "leeg" },
        { "een lijst", "- a\n"u8.ToArray(), "sessiebestand" },
        { "Latin-1", [.. "groep: Caf"u8, 0xE9, (byte)'\n'], "sessie.yaml:1:11:" },
        { "UTF-16", [0xFF, 0xFE, (byte)'g', 0], "UTF-16" },
        { "te groot", Encoding.UTF8.GetBytes("groep: x\n#" + new string('x', 1_048_600)), "te groot" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_that_is_no_session_is_refused(string name, byte[] content, string message)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write("sessie.yaml", content);
        workspace.Previous("output/pakket.pdf");

        workspace.Refused("sessie.yaml", message, Pack);
        _ = name;
    }

    [Fact]
    public void A_session_file_that_is_missing_is_named()
    {
        using var workspace = new HostileWorkspace();
        File.Delete(workspace.PathOf("sessie.yaml"));
        workspace.Previous("output/pakket.pdf");

        workspace.Refused("sessie.yaml", "niet gevonden", Pack);
    }

    [Fact]
    public void A_session_file_that_is_a_folder_is_refused()
    {
        using var workspace = new HostileWorkspace();
        File.Delete(workspace.PathOf("sessie.yaml"));
        Directory.CreateDirectory(workspace.PathOf("sessie.yaml"));
        workspace.Previous("output/pakket.pdf");

        workspace.Refused("sessie.yaml", "een map", Pack);
    }

    [Fact]
    public void A_session_that_ends_at_midnight_is_refused_but_one_minute_earlier_is_printed()
    {
        // proef takes 25 minutes.
        using var workspace = new HostileWorkspace();
        workspace.Write("sessie.yaml", HostileWorkspace.Session.Replace("begintijd: 13:30\neindtijd: 15:00", "begintijd: \"23:35\"", StringComparison.Ordinal));
        workspace.Previous("output/pakket.pdf");
        var refused = workspace.Refused("sessie.yaml:3:", "tot 00:00, de volgende dag", Pack);

        workspace.Write("sessie.yaml", HostileWorkspace.Session.Replace("begintijd: 13:30\neindtijd: 15:00", "begintijd: \"23:34\"", StringComparison.Ordinal));
        workspace.Accepted("output/pakket.pdf", Pack);
        _ = refused;
    }

    /// <summary>The widest values validation lets through are printed (the page header cuts them with "…"), never a layout error.</summary>
    [Theory]
    [InlineData('W')]
    [InlineData('m')]
    [InlineData('i')]
    public void The_widest_values_that_pass_validation_are_printed(char letter)
    {
        using var workspace = new HostileWorkspace();
        var group = new string(letter, 80);
        var name = new string(letter, 60);
        workspace.Write("sessie.yaml", HostileWorkspace.Session
            .Replace("Intervisiegroep Noord", group, StringComparison.Ordinal)
            .Replace("Zaal 2", new string(letter, 500), StringComparison.Ordinal)
            .Replace("[Marieke, Sanne, Ahmed, Joost]", $"[Marieke, Sanne, {name}, Joost]", StringComparison.Ordinal)
            .Replace("gespreksleider: Marieke", "gespreksleider: " + name, StringComparison.Ordinal));
        workspace.Write("methods/proef.yaml", HostileWorkspace.Method.Replace("titel: Proefmethode", "titel: " + new string(letter, 300), StringComparison.Ordinal));

        workspace.Accepted("output/p.pdf", [.. Pack[..2], "-o", "output/p.pdf", "--splits"]);
    }
}
