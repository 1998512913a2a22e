using System.Diagnostics;
using IntervisieDocs.Loading;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Benchmark;

/// <summary>The products on the real data: in-process (warm) and as a cold command-line run.</summary>
internal static class ProductBenchmarks
{
    public static void Run()
    {
        var root = FindRoot();
        Console.WriteLine("product        in-process: load ms  build+layout+write ms  pages  PDF KiB  |  cold CLI ms");
        var context = Load(root, out var _);
        Schatkist(context); // warm-up

        var times = new List<(double Load, double Build)>();
        var pages = 0;
        var size = 0;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            context = Load(root, out var loadMs);
            watch.Restart();
            var bytes = Schatkist(context, out pages);
            times.Add((loadMs, watch.Elapsed.TotalMilliseconds));
            size = bytes.Length;
        }

        var load = times.Select(t => t.Load).Order().ElementAt(2);
        var build = times.Select(t => t.Build).Order().ElementAt(2);
        var cold = ColdCli(root, "schatkist");
        Console.WriteLine($"schatkist      {load,21:0}  {build,21:0}  {pages,5}  {size / 1024,7}  |  {cold,11:0}");

        var sessionFile = Path.Join(AppContext.BaseDirectory, "sessie-12.yaml");
        var session = IntervisieDocs.Sessions.SessionReader.Read(File.ReadAllText(sessionFile), sessionFile, context.Data).Session
            ?? throw new InvalidOperationException("sessie-12.yaml bevat fouten");
        PdfRenderer.Render(SessionPack.Build(session, splits: true, context).Document); // warm-up
        var packTimes = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            var bytes = PdfRenderer.Render(SessionPack.Build(session, splits: true, context).Document, out pages);
            packTimes.Add(watch.Elapsed.TotalMilliseconds);
            size = bytes.Length;
        }

        var packCold = ColdCli(root, "pakket", sessionFile, "--splits");
        Console.WriteLine($"pakket 12 pers {"",21}  {packTimes.Order().ElementAt(2),21:0}  {pages,5}  {size / 1024,7}  |  {packCold,11:0}");
        Console.WriteLine($"peak working set after products: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
    }

    private static ProductContext Load(string root, out double milliseconds)
    {
        var watch = Stopwatch.StartNew();
        var data = DataLoader.Load(Path.Join(root, "methods")).Data ?? throw new InvalidOperationException("gegevens met fouten");
        var context = new ProductContext(data, new TemplateRenderer(new TemplateSet(Path.Join(root, "templates"))));
        milliseconds = watch.Elapsed.TotalMilliseconds;
        return context;
    }

    private static byte[] Schatkist(ProductContext context) => Schatkist(context, out _);

    private static byte[] Schatkist(ProductContext context, out int pages) =>
        PdfRenderer.Render(IntervisieDocs.Products.Schatkist.Build(context).Document, out pages);

    /// <summary>Median of three runs of the built command line in a fresh process, as a user starts it.</summary>
    private static double ColdCli(string root, params string[] arguments)
    {
        var cli = Path.Join(AppContext.BaseDirectory, "intervisie.dll");
        var output = Path.Join(Path.GetTempPath(), $"bench-{Environment.ProcessId}.pdf");
        var times = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, UseShellExecute = false };
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
