using System.Diagnostics;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "output paths": where the PDF, its Markdown or a session file cannot or must not be written.
/// Every case exits 2 naming the user's path (never the hidden temporary file), replaces nothing and
/// leaves no temporary file behind.
/// </summary>
public sealed class OutputPathTests
{
    private static readonly string[] Handout = ["handout", "proef"];

    [Fact]
    public void An_output_path_that_is_a_folder_is_refused()
    {
        using var workspace = new HostileWorkspace();
        Directory.CreateDirectory(workspace.PathOf("uit.pdf"));

        workspace.Refused("uit.pdf is een map", null, [.. Handout, "-o", "uit.pdf"]);
    }

    [Fact]
    public void A_FIFO_at_the_output_path_is_refused_and_stays_a_FIFO()
    {
        using var workspace = new HostileWorkspace();
        MakeFifo(workspace.PathOf("uit.pdf"));

        workspace.Refused("uit.pdf is een named pipe (FIFO)", "niet vervangen", [.. Handout, "-o", "uit.pdf"]);
        Assert.Equal(Files.FileKind.Fifo, Files.FileStatus.Of(workspace.PathOf("uit.pdf")).Kind);
    }

    [Fact]
    public void A_link_to_a_device_at_the_output_path_is_refused()
    {
        using var workspace = new HostileWorkspace();
        File.CreateSymbolicLink(workspace.PathOf("uit.pdf"), "/dev/null");

        workspace.Refused("uit.pdf is een apparaatbestand", null, [.. Handout, "-o", "uit.pdf"]);
        Assert.Equal("/dev/null", new FileInfo(workspace.PathOf("uit.pdf")).LinkTarget);
    }

    [Fact]
    public void An_output_path_under_a_file_is_refused()
    {
        using var workspace = new HostileWorkspace();
        var previous = workspace.Previous("output/handout-proef.pdf");

        workspace.Refused("handout-proef.pdf/uit.pdf", null, [.. Handout, "-o", "output/handout-proef.pdf/uit.pdf"]);
        Assert.True(File.Exists(previous));
    }

    [Fact]
    public void An_output_name_that_is_too_long_is_refused()
    {
        using var workspace = new HostileWorkspace();
        var name = new string('x', 300) + ".pdf";

        workspace.Refused(name, "de naam is te lang", [.. Handout, "-o", name]);
    }

    [Fact]
    public void Markdown_that_cannot_be_written_leaves_the_previous_PDF_as_it_was()
    {
        using var workspace = new HostileWorkspace();
        workspace.Previous();
        Directory.CreateDirectory(workspace.PathOf("output/handout-proef.md"));

        workspace.Refused("handout-proef.md is een map", null, [.. Handout, "--markdown"]);
    }

    [Fact]
    public void A_FIFO_where_the_Markdown_goes_leaves_the_previous_PDF_as_it_was()
    {
        using var workspace = new HostileWorkspace();
        workspace.Previous();
        MakeFifo(workspace.PathOf("output/handout-proef.md"));

        workspace.Refused("handout-proef.md is een named pipe (FIFO)", null, [.. Handout, "--markdown"]);
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_named_and_its_file_kept()
    {
        using var workspace = new HostileWorkspace();
        workspace.Previous();
        using (Protected(workspace.PathOf("output")))
        {
            var result = workspace.Refused("handout-proef.pdf kan niet geschreven worden", null, Handout);
            Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_previous_file_that_is_protected_is_kept()
    {
        using var workspace = new HostileWorkspace();
        var previous = workspace.Previous();
        using (Protected(previous))
        {
            workspace.Refused("handout-proef.pdf", null, Handout);
        }
    }

    [Fact]
    public void Temporary_files_of_killed_runs_are_removed_and_others_kept()
    {
        using var workspace = new HostileWorkspace();
        // 4194305 is above the largest process id Linux allows: that run is certainly gone.
        var stale = workspace.Write("output/.handout-proef.pdf.4194305-1.tmp", "half");
        var older = workspace.Write("output/.schatkist.pdf.4194305.tmp", "half");
        var running = workspace.Write("output/.handout-proef.pdf.1-1.tmp", "van een lopend proces");
        var users = workspace.Write("output/.aantekeningen.tmp", "van de gebruiker");

        var result = CliRunnerWithLeftovers(workspace, Handout);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(older));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(users));
    }

    [Fact]
    public void The_example_session_file_never_overwrites()
    {
        using var workspace = new HostileWorkspace();
        var before = File.ReadAllText(workspace.PathOf("sessie.yaml"));

        workspace.Refused("sessie.yaml bestaat al", null, "pakket", "--voorbeeld", "-o", "sessie.yaml");
        Assert.Equal(before, File.ReadAllText(workspace.PathOf("sessie.yaml")));
    }

    [Fact]
    public void The_example_session_file_is_not_written_into_a_FIFO()
    {
        using var workspace = new HostileWorkspace();
        MakeFifo(workspace.PathOf("nieuw.yaml"));

        workspace.Refused("nieuw.yaml", null, "pakket", "--voorbeeld", "-o", "nieuw.yaml");
    }

    [Fact]
    public void The_example_session_file_is_written_whole()
    {
        using var workspace = new HostileWorkspace();

        var result = workspace.Run("pakket", "--voorbeeld", "-o", "nieuw/sessie.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("#", File.ReadAllText(workspace.PathOf("nieuw/sessie.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_writers_to_one_path_each_leave_a_complete_file()
    {
        using var workspace = new HostileWorkspace();
        workspace.Accepted("output/handout-proef.pdf", Handout);
        var reference = File.ReadAllBytes(workspace.PathOf("output/handout-proef.pdf"));

        var results = HostileWorkspace.Concurrently(6, () => Tests.Cli.CliRunner.Run(workspace.Root, "handout", "proef", "--markdown"));

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(reference, File.ReadAllBytes(workspace.PathOf("output/handout-proef.pdf")));
        Assert.Empty(Directory.EnumerateFiles(workspace.PathOf("output"), "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    /// <summary>Runs without the suite's leftover check, for a test that plants temporary files itself.</summary>
    private static Tests.Cli.CliRunner.Result CliRunnerWithLeftovers(HostileWorkspace workspace, string[] args)
    {
        var result = HostileWorkspace.Concurrently(1, () => Tests.Cli.CliRunner.Run(workspace.Root, args))[0];
        HostileWorkspace.AssertClean(result);
        return result;
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>
    /// Makes a file or folder unwritable until disposed: immutable (chattr +i) for root, who may write
    /// anywhere else; read-only permissions for anyone else.
    /// </summary>
    internal static IDisposable Protected(string path)
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            Run("chattr", "+i", path);
            return new Undo(() => Run("chattr", "-i", path));
        }

        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return new Undo(() =>
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, mode);
            }
        });
    }

    internal static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)}: {error}");
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
