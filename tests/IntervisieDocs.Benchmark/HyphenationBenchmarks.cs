using BenchmarkDotNet.Attributes;
using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Benchmark;

/// <summary>
/// What Dutch hyphenation costs: reading the patterns, and laying out the schatkist (layout only,
/// on a recording canvas) with and without it. The switch is process-wide; BenchmarkDotNet runs
/// one benchmark at a time.
/// </summary>
public class HyphenationBenchmarks
{
    private ProductContext _context = null!;

    [GlobalSetup]
    public void Setup() => _context = ProductBenchmarks.Load().Context;

    [GlobalCleanup]
    public void Cleanup() => DutchHyphenator.Enabled = true;

    [Benchmark(Description = "read the hyphenation patterns")]
    public int ReadPatterns() => DutchHyphenator.Load().PatternCount;

    [Benchmark(Description = "schatkist layout, no hyphenation", Baseline = true)]
    public int Without() => Layout(false);

    [Benchmark(Description = "schatkist layout, hyphenation")]
    public int With() => Layout(true);

    /// <summary>Pages of the schatkist without and with hyphenation.</summary>
    internal static (int Without, int With) Pages()
    {
        var benchmark = new HyphenationBenchmarks();
        benchmark.Setup();
        var pages = (benchmark.Layout(false), benchmark.Layout(true));
        benchmark.Cleanup();
        return pages;
    }

    private int Layout(bool hyphenate)
    {
        DutchHyphenator.Enabled = hyphenate;
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(Schatkist.Build(_context).Document, canvas, new TextMeasurer());
        return canvas.Pages.Count;
    }
}
