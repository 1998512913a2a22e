using System.Text;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "templates": a user's own handout.sbn (--sjablonen eigen) broken in one way each. Exit 2
/// with the template file and line, the previous handout intact.
/// </summary>
public sealed class TemplateTests
{
    /// <summary>(case, the template, the place expected).</summary>
    public static TheoryData<string, string, string> Templates => new()
    {
        { "onbekende variabele", "# Titel\n\n{{ methode.titel }}\n{{ onbekend }}\n", "handout.sbn:4" },
        { "onbekend veld", "# Titel\n\n{{ methode.titell }}\n", "handout.sbn:3" },
        { "onbekend filter", "# Titel\n\n{{ methode.titel | vet }}\n", "handout.sbn:3" },
        { "open tag", "# Titel\n\n{{ if methode.titel }}\nx\n", "handout.sbn" },
        { "onvolledige lus", "# Titel\n\n{{ for }}\n", "handout.sbn" },
        { "include bestaat niet", "# Titel\n\n{{ include '_bestaat-niet' }}\n", "_bestaat-niet" },
        { "include met pad", "# Titel\n\n{{ include '../../etc/passwd' }}\n", "../../etc/passwd" },
        { "onbekende richtlijn", "# Titel\n\n[[onbekend 3]]\n", "handout.sbn" },
        { "te grote tekst", "# Titel\n\n" + new string('x', 1_100_000), "handout.sbn" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_broken_template_is_refused_at_its_line(string name, string template, string place)
    {
        using var workspace = new HostileWorkspace();
        workspace.Write("eigen/handout.sbn", Encoding.UTF8.GetBytes(template));
        workspace.Previous();

        workspace.Refused(place, null, "handout", "proef", "--sjablonen", "eigen");
        _ = name;
    }

    /// <summary>A folder is no template file: the standard template is used.</summary>
    [Fact]
    public void A_folder_named_like_a_template_is_passed_over()
    {
        using var workspace = new HostileWorkspace();
        Directory.CreateDirectory(workspace.PathOf("eigen/handout.sbn"));

        workspace.Accepted("output/handout-proef.pdf", "handout", "proef", "--sjablonen", "eigen");
    }
}
