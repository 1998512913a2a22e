using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IntervisieDocs.Benchmark;

// In-process figures by BenchmarkDotNet (in this process, so no project is generated and built per
// benchmark), then cold command-line runs timed by hand, as a user starts the tool.
// Run: dotnet run -c Release --project tests/IntervisieDocs.Benchmark
// Only some benchmarks: ... -- --filter '*Schatkist*' (BenchmarkDotNet's own arguments; no cold runs then).
// Only the cold start of the installed tool beside Chromium: ... -- --koud
var config = ManualConfig.CreateEmpty()
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(5).WithLaunchCount(1))
    .AddColumnProvider(DefaultColumnProviders.Instance)
    .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
    .AddLogger(NullLogger.Instance)
    .WithArtifactsPath(Path.Join(Path.GetTempPath(), "intervisie-benchmark"))
    .WithOptions(ConfigOptions.DisableLogFile);

Console.WriteLine("IntervisieDocs benchmark");
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")}");
Console.WriteLine();

if (args is ["--koud"])
{
    PrintColdComparison();
    return;
}

if (args.Length > 0)
{
    foreach (var summary in BenchmarkSwitcher.FromAssembly(typeof(LayoutBenchmarks).Assembly).Run(args, config))
    {
        Print(summary);
    }

    return;
}

Console.WriteLine("Layout + PDF, A5 mixed content (in-process, BenchmarkDotNet):");
var layout = BenchmarkRunner.Run<LayoutBenchmarks>(config);
Print(layout);
Console.WriteLine();
Console.WriteLine("chapters  pages  PDF KiB  pages/s  allocated per page KiB");
foreach (var report in layout.Reports.Where(r => r.ResultStatistics is not null))
{
    var chapters = (int)report.BenchmarkCase.Parameters["Chapters"];
    var (pages, bytes) = LayoutBenchmarks.Figures(chapters);
    var seconds = report.ResultStatistics!.Median / 1e9;
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    Console.WriteLine($"{chapters,8}  {pages,5}  {bytes / 1024,7}  {pages / seconds,7:0}  {allocated / 1024.0 / pages,22:0.0}");
}

Console.WriteLine();
Console.WriteLine("Products on the real data (in-process, BenchmarkDotNet):");
var products = BenchmarkRunner.Run<ProductBenchmarks>(config);
Print(products);
Console.WriteLine();
Console.WriteLine("Templates alone (in-process, BenchmarkDotNet):");
Print(BenchmarkRunner.Run<TemplateBenchmarks>(config));
Console.WriteLine();
Console.WriteLine("product          pages  PDF KiB  |  cold CLI ms (median of 3 fresh processes)");
var figures = ProductBenchmarks.Figures();
Console.WriteLine($"schatkist        {figures.SchatkistPages,5}  {figures.SchatkistBytes / 1024,7}  |  {ColdRuns.Median("schatkist"),11:0}");
Console.WriteLine($"schatkist untagged       {figures.SchatkistUntaggedBytes / 1024,7}  |  (tagging adds {100.0 * (figures.SchatkistBytes - figures.SchatkistUntaggedBytes) / figures.SchatkistUntaggedBytes:0}% to the file)");
Console.WriteLine($"pakket 12 pers.  {figures.PackPages,5}  {figures.PackBytes / 1024,7}  |  {ColdRuns.Median("pakket", ProductBenchmarks.SessionFile, "--splits"),11:0}");
Console.WriteLine();
Console.WriteLine("Dutch hyphenation (in-process, BenchmarkDotNet):");
var hyphenation = BenchmarkRunner.Run<HyphenationBenchmarks>(config);
Print(hyphenation);
var (pagesWithout, pagesWith) = HyphenationBenchmarks.Pages();
double Median(string method) => hyphenation.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Median / 1e6;
Console.WriteLine(
    $"schatkist layout: {Median("Without") / pagesWithout:0.00} ms/page without hyphenation ({pagesWithout} pages), " +
    $"{Median("With") / pagesWith:0.00} ms/page with ({pagesWith} pages); patterns read in {Median("ReadPatterns"):0.0} ms");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
Console.WriteLine();
PrintColdComparison();

// The installed tool against Chromium printing the same Markdown; also alone: ... -- --koud
static void PrintColdComparison()
{
    Console.WriteLine("Cold start of what users install: intervisie schatkist (installed tool, empty folder) vs Chromium");
    var cold = ChromiumComparison.Run();
    Console.WriteLine($"installed tool, intervisie schatkist          {cold.Tool,7:0} ms  (median of {cold.Runs} fresh processes)");
    Console.WriteLine($"chromium --headless --print-to-pdf (same .md) {cold.Chromium,7:0} ms  ({cold.Chromium / cold.Tool:0.0}× the tool's time)");
    Console.WriteLine($"pandoc → HTML + chromium                      {cold.PandocAndChromium,7:0} ms  ({cold.PandocAndChromium / cold.Tool:0.0}× the tool's time)");
}

static void Print(Summary summary)
{
    if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
    {
        throw new InvalidOperationException($"BenchmarkDotNet: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
    }

    MarkdownExporter.Console.ExportToLog(summary, ConsoleLogger.Default);
}
