using BenchmarkDotNet.Attributes;
using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Benchmark;

/// <summary>Lays out and writes an A5 document of mixed content of about 25 to 200 pages.</summary>
public class LayoutBenchmarks
{
    private DocumentModel _document = null!;

    [Params(12, 24, 48, 96)]
    public int Chapters { get; set; }

    [GlobalSetup]
    public void Setup() => _document = MixedDocument.Build(Chapters);

    [Benchmark(Description = "layout + PDF")]
    public int Render() => PdfRenderer.Render(_document).Length;

    /// <summary>Pages and PDF size of one run, for pages per second.</summary>
    public static (int Pages, int Bytes) Figures(int chapters)
    {
        var bytes = PdfRenderer.Render(MixedDocument.Build(chapters), out var pages);
        return (pages, bytes.Length);
    }
}
