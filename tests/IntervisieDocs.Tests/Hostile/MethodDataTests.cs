using System.Text;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "method data": a method file (methods/proef.yaml) broken in one way each. <c>handout proef</c>
/// must refuse it with exit 2 and a Dutch message at the file and line, the previous handout intact.
/// </summary>
public sealed class MethodDataTests
{
    /// <summary>(case, replace this in the valid method, with this, expected line, a fragment of the message).</summary>
    public static TheoryData<string, string, string, int, string> Edits => new()
    {
        { "tab in een waarde", "doel: Een methode", "doel:\tEen\tmethode\n\t x", 4, "ongeldige YAML" },
        { "tab als inspringing", "  - titel: Rondvraag", "\t- titel: Rondvraag", 19, "tab" },
        { "tekst na het document", "stappen:", "...\nstappen:", 15, "meer dan één YAML-document" },
        { "open haak", "materialen: [Flap]", "materialen: [Flap", 11, "haakjes" },
        { "open accolade", "{ min: 3, max: 6 }", "{ min: 3, max: 6", 6, "haakjes" },
        { "open aanhalingsteken", "bron: \"Eigen werk\"", "bron: \"Eigen werk", 4, "aanhalingsteken" },
        { "dubbele punt in waarde", "titel: Proefmethode", "titel: Proef: methode", 2, "': '" },
        { "inspringing te diep", "voor_beginners: true", "  voor_beginners: true", 13, "ongeldige YAML" },
        { "anker", "materialen: [Flap]", "materialen: &m [Flap]", 11, "ankers" },
        { "alias", "tags: [analyse]", "tags: *x", 12, "aliassen" },
        { "YAML-tag", "titel: Proefmethode", "titel: !!str Proefmethode", 2, "tags" },
        { "twee documenten", "stappen:", "---\nstappen:", 14, "meer dan één YAML-document" },
        { "dubbel veld", "materialen: [Flap]", "materialen: [Flap]\nmaterialen: [Pen]", 12, "twee keer" },
        { "onbekend veld", "materialen: [Flap]", "materiaal: [Flap]", 11, "materiaal" },
        { "id anders dan bestandsnaam", "id: proef", "id: anders", 1, "id" },
        { "titel ontbreekt", "titel: Proefmethode\n", "", 1, "titel" },
        { "titel leeg", "titel: Proefmethode", "titel: ", 2, "titel" },
        { "titel is een lijst", "titel: Proefmethode", "titel: [a, b]", 2, "titel" },
        { "minuten is tekst", "minuten: 10", "minuten: tien", 16, "minuten" },
        { "minuten negatief", "minuten: 10", "minuten: -5", 16, "minuten" },
        { "minuten enorm", "minuten: 10", "minuten: 99999999999999999999", 16, "minuten" },
        { "minuten komma", "minuten: 10", "minuten: 1.5", 16, "minuten" },
        { "groepsgrootte omgekeerd", "{ min: 3, max: 6 }", "{ min: 6, max: 3 }", 6, "groepsgrootte" },
        { "groepsgrootte nul", "{ min: 3, max: 6 }", "{ min: 0, max: 6 }", 6, "min" },
        { "voor_beginners geen boolean", "voor_beginners: true", "voor_beginners: misschien", 13, "voor_beginners" },
        { "onbekende vragenbank", "vragen: [gouden-vragen]", "vragen: [goude-vragen]", 22, "gouden-vragen" },
        { "onbekende rol in stap", "    vragen: [gouden-vragen]", "    rollen: { spion: kijkt }", 22, "spion" },
        { "stappen leeg", "stappen:\n", "stappen: []\nx:\n", 15, "stappen" },
        { "stap zonder titel", "  - titel: Rondvraag\n", "  - \n", 20, "titel" },
        { "stap is tekst", "  - titel: Rondvraag\n    minuten: 15\n", "  - zomaar tekst\n  - titel: Rondvraag\n    minuten: 15\n", 19, "stap" },
        { "veldnaam is een lijst", "tags: [analyse]", "[tags]: [analyse]", 12, "veldnaam" },
        { "geneste citaten", "Ieder stelt een vraag.", "\"" + string.Concat(Enumerable.Repeat("> ", 300)) + "x\"", 21, "te diep genest" },
        { "geneste lijsten", "      Bedenk een casus.", string.Join("\n", Enumerable.Range(0, 200).Select(i => "      " + new string(' ', 2 * i) + "- x")), 26, "te diep genest" },
        { "geneste haken", "Ieder stelt een vraag.", "\"" + new string('[', 20000) + "\"", 21, "" },
        { "tekst te lang", "Ieder stelt een vraag.", "\"" + new string('x', 100_001) + "\"", 21, "te lang" },
        { "te diep genest", "materialen: [Flap]", "materialen: " + new string('[', 40) + new string(']', 40), 11, "te diep genest" },
        { "controleteken", "Ieder stelt een vraag.", "Ieder \u0007 stelt", 21, "stuurteken" },
        { "NUL-teken", "Ieder stelt een vraag.", "Ieder \0 stelt", 21, "stuurteken" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_broken_method_file_is_refused_at_its_line(string name, string find, string replace, int line, string message)
    {
        Assert.Contains(find, HostileWorkspace.Method, StringComparison.Ordinal);
        using var workspace = new HostileWorkspace();
        workspace.Write("methods/proef.yaml", HostileWorkspace.Method.Replace(find, replace, StringComparison.Ordinal));
        workspace.Previous();

        workspace.Refused($"proef.yaml:{line}:", message.Length > 0 ? message : null, "handout", "proef");
        _ = name;
    }

    /// <summary>Whole files that are no method at all.</summary>
    public static TheoryData<string, byte[], string> Files => new()
    {
        { "leeg", [], "leeg" },
        { "alleen commentaar", "# niets\n"u8.ToArray(), "leeg" },
        { "alleen spaties", "   \n\n  \n"u8.ToArray(), "leeg" },
        { "een lijst", "- a\n- b\n"u8.ToArray(), "" },
        { "een tekst", "zomaar tekst\n"u8.ToArray(), "" },
        { "binair", [.. Enumerable.Range(0, 256).Select(i => (byte)i)], "UTF-8" },
        { "PNG", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "UTF-8" },
        { "UTF-16", [0xFF, 0xFE, (byte)'i', 0, (byte)'d', 0], "UTF-16" },
        { "te groot", Encoding.UTF8.GetBytes("id: proef\n# " + new string('x', 1_100_000)), "te groot" },
        { "alleen de BOM", [0xEF, 0xBB, 0xBF], "leeg" },
        { "afgebroken UTF-8", [.. "id: proef\ntitel: Caf"u8, 0xC3], "UTF-8" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_that_is_no_method_is_refused(string name, byte[] content, string message)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write("methods/proef.yaml", content);
        workspace.Previous();

        workspace.Refused("proef.yaml", message.Length > 0 ? message : null, "handout", "proef");
        _ = name;
    }
}
