using System.Diagnostics;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// Family "faults", end to end with the real program: killed mid-run, a full disk, a read-only disk,
/// and determinism across time zones, locales and dates. Mounting needs root, as CI runs.
/// </summary>
[Trait("Category", "E2E")]
public sealed class FaultTests
{
    private static readonly string Program = Path.Join(AppContext.BaseDirectory, "intervisie.dll");

    /// <summary>
    /// kill -9 at many moments of a schatkist run, most of them near the end where the file is written:
    /// the PDF is always the previous one or the complete new one, and the next run cleans up.
    /// </summary>
    [Fact]
    public void A_run_killed_at_any_moment_leaves_the_previous_file_or_the_complete_new_one()
    {
        using var workspace = new HostileWorkspace();
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Start(workspace, [], "schatkist", "-o", "output/referentie.pdf").Wait());
        var duration = clock.Elapsed;
        var reference = File.ReadAllBytes(workspace.PathOf("output/referentie.pdf"));
        var target = workspace.Previous("output/schatkist.pdf");

        double[] moments = [0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.9, 0.93, 0.96, 0.98, 1.0, 1.02, 1.05, 1.1];
        var outcomes = new List<string>();
        foreach (var moment in moments)
        {
            var run = Start(workspace, [], "schatkist");
            Thread.Sleep(duration * moment);
            run.Kill();
            var now = File.ReadAllBytes(target);
            Assert.True(now.AsSpan().SequenceEqual(HostileWorkspace.PreviousPdf) || now.AsSpan().SequenceEqual(reference),
                $"na kill -9 op {moment:P0} van de looptijd is {target} half geschreven ({now.Length} bytes)");
            outcomes.Add(now.Length == reference.Length ? "nieuw" : "vorig");
            File.WriteAllBytes(target, HostileWorkspace.PreviousPdf);
        }

        Assert.Equal(0, Start(workspace, [], "schatkist").Wait());
        Assert.Equal(reference, File.ReadAllBytes(target));
        Assert.Empty(Directory.EnumerateFiles(workspace.PathOf("output"), "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
        Assert.Contains("vorig", outcomes);
    }

    [Fact]
    public void A_full_disk_is_named_and_the_previous_files_kept()
    {
        using var workspace = new HostileWorkspace();
        var volume = workspace.PathOf("klein");
        using var mount = Mount(volume, "size=32k");
        workspace.Previous("klein/handout.pdf");

        var result = workspace.Refused("klein/handout.pdf kan niet geschreven worden: de schijf is vol", null, "handout", "proef", "-o", "klein/handout.pdf", "--markdown");

        Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
        Assert.Equal(["handout.pdf"], Directory.EnumerateFileSystemEntries(volume).Select(Path.GetFileName));
    }

    [Fact]
    public void A_read_only_disk_is_named_and_the_previous_file_kept()
    {
        using var workspace = new HostileWorkspace();
        var volume = workspace.PathOf("alleen-lezen");
        using var mount = Mount(volume, "size=1m");
        workspace.Previous("alleen-lezen/handout.pdf");
        OutputPathTests.Run("mount", "-o", "remount,ro", volume);

        workspace.Refused("alleen-lezen/handout.pdf kan niet geschreven worden", null, "handout", "proef", "-o", "alleen-lezen/handout.pdf");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_in_every_time_zone_locale_and_date()
    {
        using var workspace = new HostileWorkspace();
        workspace.Accepted("output/handout-proef.pdf", "handout", "proef");
        var reference = File.ReadAllBytes(workspace.PathOf("output/handout-proef.pdf"));
        (string, string)[][] environments =
        [
            [("TZ", "Pacific/Kiritimati"), ("LC_ALL", "tr_TR.UTF-8"), ("LANG", "tr_TR.UTF-8")],
            [("TZ", "America/Adak"), ("LC_ALL", "C"), ("LANG", "C"), ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "0")],
            [("TZ", "Asia/Kathmandu"), ("LC_ALL", "nl_NL.UTF-8"), ("FAKETIME", "@2038-01-19 03:14:08"), ("LD_PRELOAD", FakeTime())],
        ];

        foreach (var environment in environments)
        {
            Assert.Equal(0, Start(workspace, environment, "handout", "proef", "-o", "output/ander.pdf").Wait());
            Assert.True(reference.AsSpan().SequenceEqual(File.ReadAllBytes(workspace.PathOf("output/ander.pdf"))),
                $"andere bytes met {string.Join(", ", environment.Select(e => $"{e.Item1}={e.Item2}"))}");
        }
    }

    /// <summary>libfaketime when installed (CI installs it), so the date really differs; otherwise nothing to preload.</summary>
    private static string FakeTime() =>
        new[] { "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1" }.FirstOrDefault(File.Exists) ?? "";

    private static IDisposable Mount(string folder, string options)
    {
        Assert.True(Environment.UserName == "root", "deze test koppelt een tmpfs en moet als root draaien, zoals CI");
        Directory.CreateDirectory(folder);
        OutputPathTests.Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder);
        return new Unmount(folder);
    }

    private static Running Start(HostileWorkspace workspace, (string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new Running(Process.Start(start)!);
    }

    private sealed class Running(Process process)
    {
        public int Wait()
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(HostileWorkspace.Timeout), "het programma hangt");
            Assert.DoesNotContain("   at ", output.Result + error.Result, StringComparison.Ordinal);
            var code = process.ExitCode;
            process.Dispose();
            return code;
        }

        /// <summary>SIGKILL, as kill -9.</summary>
        public void Kill()
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already done.
            }

            process.WaitForExit();
            process.Dispose();
        }
    }

    private sealed class Unmount(string folder) : IDisposable
    {
        public void Dispose() => OutputPathTests.Run("umount", "-l", folder);
    }
}
