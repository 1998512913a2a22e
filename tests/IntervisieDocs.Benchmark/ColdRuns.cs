using System.Diagnostics;

namespace IntervisieDocs.Benchmark;

/// <summary>The built command line in a fresh process, as a user starts it (start-up and JIT included).</summary>
internal static class ColdRuns
{
    public static string Root { get; } = FindRoot();

    /// <summary>Median of three runs.</summary>
    public static double Median(params string[] arguments)
    {
        var cli = Path.Join(AppContext.BaseDirectory, "intervisie.dll");
        var output = Path.Join(Path.GetTempPath(), $"bench-{Environment.ProcessId}.pdf");
        var times = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(cli);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(output);
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"intervisie {string.Join(' ', arguments)} eindigde met {process.ExitCode}");
            }
        }

        File.Delete(output);
        return times.Order().ElementAt(1);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "IntervisieDocs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IntervisieDocs.sln niet gevonden");
    }
}
