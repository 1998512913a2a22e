namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "command-line arguments": what a user can mistype. Exit 2, a Dutch message on stderr that
/// names what was typed, nothing written.
/// </summary>
public sealed class ArgumentTests
{
    public static TheoryData<string, string[]> Mistakes => new()
    {
        { "onbekend", ["onbekend"] },
        { "--onbekend", ["handout", "proef", "--onbekend"] },
        { "handout", ["handout"] },
        { "proeff", ["handout", "proeff"] },
        { "../proef", ["handout", "../proef"] },
        { "abc", ["werkblad", "casus", "--aantal", "abc"] },
        { "tussen 1 en 100", ["werkblad", "casus", "--aantal", "-1"] },
        { "tussen 1 en 100", ["werkblad", "casus", "--aantal", "100000"] },
        { "--namen", ["werkblad", "casus", "--namen", ",,,"] },
        { "--aantal", ["werkblad", "casus", "--namen", "An", "--aantal", "2"] },
        { "zomaar", ["werkblad", "zomaar"] },
        { "onbekend", ["werkblad", "evaluatie", "--methode", "onbekend"] },
        { "kaarten", ["kaarten"] },
        { "niet meer dan één daarvan", ["kaarten", "proef", "--vragen", "gouden-vragen"] },
        { "nergens", ["kaarten", "--vragen", "nergens"] },
        { "uit.txt", ["handout", "proef", "-o", "uit.txt"] },
        { "bestaat-niet", ["handout", "proef", "--gegevens", "bestaat-niet"] },
        { "sessie.yaml", ["handout", "proef", "--gegevens", "sessie.yaml"] },
        { "geen-map", ["handout", "proef", "--sjablonen", "geen-map"] },
        { "xxxxxxxxxx", ["handout", new string('x', 10_000)] },
        { "--voorbeeld", ["pakket", "sessie.yaml", "--voorbeeld"] },
        { "pakket", ["pakket"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistyped_command_is_refused_in_Dutch(string named, string[] args)
    {
        using var workspace = new HostileWorkspace();
        workspace.Previous();

        workspace.Refused(named, null, args);
    }
}
