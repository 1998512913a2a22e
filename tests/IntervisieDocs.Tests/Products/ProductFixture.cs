using IntervisieDocs.Loading;
using IntervisieDocs.Model;
using IntervisieDocs.Products;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Products;

/// <summary>The real data and the product's own templates, loaded once per test class.</summary>
public sealed class ProductFixture
{
    internal DataSet Data { get; } = DataLoader.Load(RepoPaths.Methods).Data ?? throw new InvalidOperationException("de echte gegevens bevatten fouten");

    internal ProductContext Context => new(Data, new TemplateRenderer(new TemplateSet(Path.Join(RepoPaths.Root, "templates"))));

    public static TheoryData<string> MethodIds() =>
        [.. DataLoader.Load(RepoPaths.Methods).Data!.Methods.Select(m => m.Id)];
}
