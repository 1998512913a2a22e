using BenchmarkDotNet.Attributes;
using IntervisieDocs.Loading;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Sessions;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Benchmark;

/// <summary>
/// The products on the real data, in stages: loading, the schatkist's templates and Markdown
/// (data → elements, no layout), the whole schatkist and a 12-person session pack (with subgroups).
/// </summary>
public class ProductBenchmarks
{
    private ProductContext _context = null!;
    private Session _session = null!;

    public static string SessionFile => Path.Join(AppContext.BaseDirectory, "sessie-12.yaml");

    [GlobalSetup]
    public void Setup() => (_context, _session) = Load();

    [Benchmark(Description = "load data + templates")]
    public int LoadData() => Load().Context.Data.Methods.Count;

    [Benchmark(Description = "schatkist: templates + Markdown → elements")]
    public int SchatkistBuild() => Schatkist.Build(_context).Markdown.Length;

    [Benchmark(Description = "schatkist: all (+ layout + PDF)")]
    public int SchatkistPdf() => PdfRenderer.Render(Schatkist.Build(_context).Document).Length;

    [Benchmark(Description = "schatkist: all, untagged (what tagging costs)")]
    public int SchatkistUntagged() => PdfRenderer.Render(Schatkist.Build(_context).Document, out _, tagged: false).Length;

    [Benchmark(Description = "pakket 12 pers. --splits: all")]
    public int Pack() => PdfRenderer.Render(SessionPack.Build(_session, splits: true, _context).Document).Length;

    internal static (int SchatkistPages, int SchatkistBytes, int SchatkistUntaggedBytes, int PackPages, int PackBytes) Figures()
    {
        var (context, session) = Load();
        var schatkist = PdfRenderer.Render(Schatkist.Build(context).Document, out var schatkistPages);
        var untagged = PdfRenderer.Render(Schatkist.Build(context).Document, out _, tagged: false);
        var pack = PdfRenderer.Render(SessionPack.Build(session, splits: true, context).Document, out var packPages);
        return (schatkistPages, schatkist.Length, untagged.Length, packPages, pack.Length);
    }

    internal static (ProductContext Context, Session Session) Load()
    {
        var root = ColdRuns.Root;
        var data = DataLoader.Load(Path.Join(root, "methods")).Data ?? throw new InvalidOperationException("gegevens met fouten");
        var context = new ProductContext(data, new TemplateRenderer(new TemplateSet(Path.Join(root, "templates"))));
        var session = SessionReader.Read(File.ReadAllText(SessionFile), SessionFile, data).Session
            ?? throw new InvalidOperationException("sessie-12.yaml bevat fouten");
        return (context, session);
    }
}
