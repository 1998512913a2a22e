using System.Diagnostics;

namespace IntervisieDocs.Benchmark;

/// <summary>
/// What a user installs, started cold: the packed tool installed into a temporary tool path makes the
/// schatkist in an empty folder; beside it Chromium prints the same Markdown (pandoc → HTML with a
/// print style sheet → chromium --headless --print-to-pdf), on the same machine in the same run.
/// </summary>
internal static class ChromiumComparison
{
    private const string PrintCss = """
        @page { size: A5; margin: 15mm 12mm; }
        body { font-family: Lato, "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; }
        h1 { page-break-before: always; font-size: 16pt; }
        h2 { font-size: 12pt; page-break-after: avoid; }
        table { border-collapse: collapse; width: 100%; }
        td, th { border: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top; }
        """;

    public sealed record Figures(double Tool, double Chromium, double PandocAndChromium, int Runs);

    public static Figures Run(int runs = 5)
    {
        var scratch = Directory.CreateTempSubdirectory("intervisie-koud").FullName;
        try
        {
            var tool = Install(scratch);
            var empty = Directory.CreateDirectory(Path.Join(scratch, "leeg")).FullName;

            // The Markdown the schatkist is made of, for Chromium to print.
            Exec(tool, empty, "schatkist", "--markdown", "-o", Path.Join(scratch, "schatkist.pdf"));
            var html = Path.Join(scratch, "schatkist.html");
            // The print style sheet inline in the page's head (-H works with every pandoc version).
            var style = Path.Join(scratch, "print.html");
            File.WriteAllText(style, $"<style>\n{PrintCss}\n</style>\n");
            string[] pandoc = ["-s", Path.Join(scratch, "schatkist.md"), "-o", html, "-H", style, "--metadata", "title=Schatkist"];
            string[] chromium = ["--headless", "--no-sandbox", "--disable-gpu", $"--print-to-pdf={Path.Join(scratch, "chromium.pdf")}", "--no-pdf-header-footer", html];

            // One untimed run of each so that both start from the same warm file cache.
            Exec(tool, empty, "schatkist");
            Exec("pandoc", scratch, pandoc);
            Exec("chromium", scratch, chromium);

            var toolTimes = new List<double>();
            var chromiumTimes = new List<double>();
            var pipelineTimes = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                toolTimes.Add(Exec(tool, empty, "schatkist"));
                var pandocTime = Exec("pandoc", scratch, pandoc);
                var chromiumTime = Exec("chromium", scratch, chromium);
                chromiumTimes.Add(chromiumTime);
                pipelineTimes.Add(pandocTime + chromiumTime);
            }

            return new Figures(Median(toolTimes), Median(chromiumTimes), Median(pipelineTimes), runs);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The README's "Installeren": dotnet pack, then dotnet tool install from that folder.</summary>
    private static string Install(string scratch)
    {
        var project = Path.Join(ColdRuns.Root, "src", "IntervisieDocs.Cli");
        var packages = Path.Join(scratch, "pakket");
        var tools = Path.Join(scratch, "tools");
        Exec("dotnet", ColdRuns.Root, "pack", project, "-c", "Release", "-o", packages);
        Exec("dotnet", ColdRuns.Root, "tool", "install", "IntervisieDocs.Tool", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        return Path.Join(tools, OperatingSystem.IsWindows() ? "intervisie.exe" : "intervisie");
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    /// <summary>Runs a program to its end and returns the milliseconds it took; a failure stops the benchmark.</summary>
    private static double Exec(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} eindigde met {process.ExitCode}: {error.Result}");
        }

        return elapsed;
    }
}
