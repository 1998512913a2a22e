using System.Diagnostics;
using IntervisieDocs.Benchmark;
using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

// Lays out and writes mixed A5 documents and prints pages per second and memory.
// Run: dotnet run -c Release --project tests/IntervisieDocs.Benchmark
Console.WriteLine("IntervisieDocs benchmark — layout + PDF, A5 mixed content");
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")}");
Console.WriteLine();

// Warm up: JIT, font loading.
PdfRenderer.Render(MixedDocument.Build(3));

Console.WriteLine("pages  runs  median ms  pages/s  PDF KiB  peak heap MiB  heap per page KiB");
foreach (var chapters in new[] { 12, 24, 48, 96 })
{
    var document = MixedDocument.Build(chapters);
    var pages = CountPages(document);
    var times = new List<double>();
    long peakHeap = 0;
    byte[] bytes = [];
    for (var run = 0; run < 5; run++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        using var sampler = new HeapSampler();
        var watch = Stopwatch.StartNew();
        bytes = PdfRenderer.Render(document);
        watch.Stop();
        peakHeap = Math.Max(peakHeap, sampler.Stop() - baseline);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    var median = times[times.Count / 2];
    Console.WriteLine(
        $"{pages,5}  {times.Count,4}  {median,9:0.0}  {pages / (median / 1000),7:0}  {bytes.Length / 1024,7}  {peakHeap / 1048576.0,13:0.0}  {peakHeap / 1024.0 / pages,17:0.0}");
}

Console.WriteLine();
Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
Console.WriteLine();
ProductBenchmarks.Run();

static int CountPages(DocumentModel document)
{
    var canvas = new RecordingCanvas();
    DocumentComposer.Compose(document, canvas, new TextMeasurer());
    return canvas.Pages.Count;
}

/// <summary>Polls the managed heap size on a background thread to catch its peak during a run.</summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public HeapSampler()
    {
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(false));
                Thread.Sleep(1);
            }
        })
        { IsBackground = true };
        _thread.Start();
    }

    public long Stop()
    {
        _stop = true;
        _thread.Join();
        return Math.Max(_peak, GC.GetTotalMemory(false));
    }

    public void Dispose() => Stop();
}
