using BenchmarkDotNet.Attributes;
using IntervisieDocs.Loading;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Benchmark;

/// <summary>
/// Template rendering alone (no Markdown parsing, no layout): every method's handout, the front and
/// back of every card of every method, every worksheet. The variables are built in the setup.
/// Only these: dotnet run -c Release --project tests/IntervisieDocs.Benchmark -- --filter '*TemplateBenchmarks*'
/// </summary>
public class TemplateBenchmarks
{
    private readonly List<(string Template, TemplateVariables Variables)> _renders = [];
    private string _templates = "";
    private TemplateRenderer _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = ColdRuns.Root;
        _templates = Path.Join(root, "templates");
        var data = DataLoader.Load(Path.Join(root, "methods")).Data ?? throw new InvalidOperationException("gegevens met fouten");
        var context = new ProductContext(data, new TemplateRenderer(new TemplateSet(_templates)));
        foreach (var method in data.Methods)
        {
            _renders.Add((Handout.Template, TemplateModel.Variables(("methode", TemplateModel.Method(method, data)))));
            foreach (var spec in CardDeck.ForMethod(method, data))
            {
                _renders.Add((spec.Template, spec.VariablesFor(CardSide.Front)));
                _renders.Add((spec.Template, spec.VariablesFor(CardSide.Back)));
            }
        }

        foreach (var kind in WorksheetKinds.All)
        {
            _renders.Add((kind.Template, Worksheet.Variables(kind, new WorksheetOptions(), context)(null, 0)));
        }

        _warm = new TemplateRenderer(new TemplateSet(_templates));
        RenderAll(_warm);
    }

    [Benchmark(Description = "templates: 436 renders, parsed")]
    public int Warm() => RenderAll(_warm);

    [Benchmark(Description = "templates: 436 renders, first run (read + parse)")]
    public int Cold() => RenderAll(new TemplateRenderer(new TemplateSet(_templates)));

    private int RenderAll(TemplateRenderer renderer) => _renders.Sum(r => renderer.Render(r.Template, r.Variables).Length);
}
