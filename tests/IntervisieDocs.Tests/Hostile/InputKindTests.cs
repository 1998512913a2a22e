using System.Text;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "encodings" and "kinds of file": every input — method, bank, text, session, template — is
/// read by one reader. A UTF-8 byte order mark and Windows line ends are accepted everywhere;
/// Latin-1 and UTF-16 are refused with the file (and line); a FIFO, a device, a folder or a link loop
/// in place of a file is refused without hanging.
/// </summary>
public sealed class InputKindTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>(input, the file, the command that reads it, its output).</summary>
    public static TheoryData<string, string, string[], string> Inputs => new()
    {
        { "methode", "methods/proef.yaml", ["handout", "proef"], "output/handout-proef.pdf" },
        { "vragenbank", "methods/vragen/gouden-vragen.yaml", ["kaarten", "--vragen", "gouden-vragen", "-o", "output/k.pdf"], "output/k.pdf" },
        { "tekst", "methods/teksten/goede-casus.yaml", ["werkblad", "casus", "-o", "output/w.pdf"], "output/w.pdf" },
        { "sessie", "sessie.yaml", ["pakket", "sessie.yaml", "-o", "output/p.pdf"], "output/p.pdf" },
        { "sjabloon", "eigen/handout.sbn", ["handout", "proef", "--sjablonen", "eigen"], "output/handout-proef.pdf" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_byte_order_mark_is_accepted(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        workspace.Write(file, [.. Bom, .. File.ReadAllBytes(workspace.PathOf(file))]);

        workspace.Accepted(output, args);
        _ = input;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Windows_line_ends_are_accepted(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        workspace.Write(file, File.ReadAllText(workspace.PathOf(file)).ReplaceLineEndings("\r\n"));

        workspace.Accepted(output, args);
        _ = input;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Latin1_is_refused_at_its_line(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        var text = File.ReadAllText(workspace.PathOf(file)).TrimEnd('\n') + "\n";
        workspace.Write(file, [.. Encoding.UTF8.GetBytes(text), .. "# Caf"u8, 0xE9, (byte)'\n']);
        workspace.Previous(output);

        var line = text.Count(c => c == '\n') + 1;
        workspace.Refused($"{Path.GetFileName(file)}:{line}:6:", "geen geldige UTF-8-tekst", args);
        _ = input;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void UTF16_is_refused(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        workspace.Write(file, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(File.ReadAllText(workspace.PathOf(file)))).ToArray());
        workspace.Previous(output);

        workspace.Refused(Path.GetFileName(file), "UTF-16", args);
        _ = input;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_FIFO_is_refused_without_hanging(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        File.Delete(workspace.PathOf(file));
        OutputPathTests.MakeFifo(workspace.PathOf(file));
        workspace.Previous(output);

        workspace.Refused(Path.GetFileName(file), "named pipe (FIFO)", args);
        _ = input;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_link_to_an_endless_device_is_refused_unread(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        File.Delete(workspace.PathOf(file));
        File.CreateSymbolicLink(workspace.PathOf(file), "/dev/zero");
        workspace.Previous(output);
        var memory = Environment.WorkingSet;

        // A template is refused by the sandbox first: the link leads out of the templates folder.
        workspace.Refused(Path.GetFileName(file), input == "sjabloon" ? "buiten" : "apparaatbestand", args);
        Assert.True(Environment.WorkingSet - memory < 200 * 1024 * 1024, "het apparaat is gelezen");
        _ = input;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_loop_of_links_is_refused(string input, string file, string[] args, string output)
    {
        using var workspace = Prepared(file);
        var path = workspace.PathOf(file);
        File.Delete(path);
        File.CreateSymbolicLink(path, path + ".lus");
        File.CreateSymbolicLink(path + ".lus", path);
        workspace.Previous(output);

        workspace.Refused(Path.GetFileName(file), input == "sjabloon" ? "te veel koppelingen" : "niet bereikbaar", args);
        _ = input;
    }

    [Fact]
    public void A_folder_named_like_a_method_file_is_not_read()
    {
        using var workspace = new HostileWorkspace();
        Directory.CreateDirectory(workspace.PathOf("methods/map.yaml"));

        workspace.Accepted("output/handout-proef.pdf", "handout", "proef");
    }

    [Fact]
    public void A_FIFO_among_the_methods_stops_only_the_products_that_include_it()
    {
        using var workspace = new HostileWorkspace();
        OutputPathTests.MakeFifo(workspace.PathOf("methods/x.yaml"));
        workspace.Previous("output/schatkist.pdf");

        var handout = workspace.Accepted("output/handout-proef.pdf", "handout", "proef");
        Assert.Contains("x.yaml: is een named pipe (FIFO)", handout.Error, StringComparison.Ordinal);
        workspace.Refused("x.yaml: fout: is een named pipe (FIFO)", null, "schatkist");
    }

    /// <summary>A workspace where <paramref name="file"/> exists (the template is copied into a folder of the user's own).</summary>
    private static HostileWorkspace Prepared(string file)
    {
        var workspace = new HostileWorkspace();
        if (file.StartsWith("eigen/", StringComparison.Ordinal))
        {
            workspace.Write(file, File.ReadAllBytes(workspace.PathOf("templates/" + Path.GetFileName(file))));
        }

        return workspace;
    }
}
