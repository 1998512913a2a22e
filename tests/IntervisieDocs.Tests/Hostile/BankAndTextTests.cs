using System.Text;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "question banks and texts", and "one bad file": a broken bank or text stops the products
/// that use it (with its file and line) and no other; those go on with a warning naming it on stderr.
/// </summary>
public sealed class BankAndTextTests
{
    private const string Bank = "methods/vragen/gouden-vragen.yaml";

    /// <summary>(case, the bank's new content, the place expected in the message).</summary>
    public static TheoryData<string, byte[], string> Banks => new()
    {
        { "vragen geen lijst", Utf8("id: gouden-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvragen: een vraag\n"), "gouden-vragen.yaml:5:" },
        { "leeg item", Utf8("id: gouden-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvragen:\n  - Wat?\n  -\n"), "gouden-vragen.yaml:7:" },
        { "tab", Utf8("id: gouden-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvragen:\n\t- Wat?\n"), "gouden-vragen.yaml:6:" },
        { "onbekend veld", Utf8("id: gouden-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvraagjes: [Wat?]\n"), "gouden-vragen.yaml:5:" },
        { "open haak", Utf8("id: gouden-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvragen: [Wat?\n"), "gouden-vragen.yaml:" },
        { "Latin-1", [.. "id: gouden-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvragen: [Caf"u8, 0xE9, (byte)']', (byte)'\n'], "gouden-vragen.yaml:5:13:" },
        { "te groot", Utf8("id: gouden-vragen\n#" + new string('x', 1_048_600)), "gouden-vragen.yaml: fout: bestand is te groot" },
        { "andere id", Utf8("id: zilveren-vragen\ntitel: G\nbron: b\nseed: \"001\"\nvragen: [Wat?]\n"), "gouden-vragen.yaml:1:" },
    };

    [Theory]
    [MemberData(nameof(Banks))]
    public void A_broken_bank_stops_the_method_that_uses_it(string name, byte[] content, string place)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write(Bank, content);
        workspace.Previous();

        workspace.Refused(place, null, "handout", "proef");
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void A_broken_bank_stops_its_question_cards(string name, byte[] content, string place)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write(Bank, content);
        workspace.Previous("output/vraagkaarten-gouden-vragen.pdf");

        workspace.Refused(place.Split(':')[0], null, "kaarten", "--vragen", "gouden-vragen", "-o", "output/vraagkaarten-gouden-vragen.pdf");
        _ = name;
    }

    [Theory]
    [InlineData("teksten/smart.yaml", "smart", "soort: voorbeelden", "soort: [voorbeelden", "smart.yaml")]
    [InlineData("teksten/goede-casus.yaml", "casus", "id: goede-casus", "id: goede-casus\nid: nog-een", "goede-casus.yaml:")]
    [InlineData("teksten/warm-neutraal-koud.yaml", "wnk", "id: warm-neutraal-koud", "id:\twarm", "warm-neutraal-koud.yaml")]
    public void A_broken_text_stops_the_worksheet_that_prints_it(string file, string kind, string find, string replace, string place)
    {
        using var workspace = new HostileWorkspace();
        var path = workspace.PathOf("methods/" + file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        workspace.Write("methods/" + file, text.Replace(find, replace, StringComparison.Ordinal));
        workspace.Previous("output/werkblad.pdf");

        workspace.Refused(place, null, "werkblad", kind, "-o", "output/werkblad.pdf");
    }

    /// <summary>A coordinator's new method with one mistake: every product that does not use it still works.</summary>
    [Theory]
    [InlineData("output/a.pdf", "handout", "vissenkom", "-o", "output/a.pdf")]
    [InlineData("output/a.pdf", "kaarten", "--vragen", "gouden-vragen", "-o", "output/a.pdf")]
    [InlineData("output/a.pdf", "werkblad", "casus", "-o", "output/a.pdf")]
    [InlineData("output/a.pdf", "werkblad", "evaluatie", "--methode", "proef", "-o", "output/a.pdf")]
    [InlineData("output/a.pdf", "kaarten", "proef", "-o", "output/a.pdf")]
    [InlineData("output/a.pdf", "pakket", "sessie.yaml", "-o", "output/a.pdf")]
    public void A_broken_method_does_not_stop_products_that_do_not_use_it(string output, params string[] args)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write("methods/kapot.yaml", "id: kapot\ntitel: Kapot\ndoel: [niet afgesloten\n");

        var result = workspace.Accepted(output, args);

        Assert.Contains("waarschuwing: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("kapot.yaml:4:1: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("overgeslagen", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("output/schatkist.pdf", "schatkist")]
    [InlineData("output/handout-kapot.pdf", "handout", "kapot")]
    [InlineData("output/kaarten-kapot.pdf", "kaarten", "kapot")]
    [InlineData("output/werkblad-evaluatie.pdf", "werkblad", "evaluatie", "--methode", "kapot")]
    public void A_product_that_includes_the_broken_method_fails_with_its_error(string output, params string[] args)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write("methods/kapot.yaml", "id: kapot\ntitel: Kapot\ndoel: [niet afgesloten\n");
        workspace.Previous(output);

        workspace.Refused("kapot.yaml:4:1: ", "ongeldige YAML", args);
    }

    [Fact]
    public void A_session_for_the_broken_method_names_its_file()
    {
        using var workspace = new HostileWorkspace();
        workspace.Write("methods/proef.yaml", HostileWorkspace.Method.Replace("titel: Proefmethode", "titel: [Proef", StringComparison.Ordinal));
        workspace.Previous("output/pakket.pdf");

        workspace.Refused("proef.yaml:", "overgeslagen", "pakket", "sessie.yaml", "-o", "output/pakket.pdf");
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
