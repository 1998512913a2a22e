using IntervisieDocs.Layout;
using IntervisieDocs.Loading;
using IntervisieDocs.Model;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Products;

/// <summary>The repository's data and templates, loaded once per test class, and worksheets built from them.</summary>
public sealed class ProductFixture
{
    internal DataSet Data { get; } = DataLoader.Load(RepoPaths.Methods).Data ?? throw new InvalidOperationException("the real data has errors");

    internal ProductContext Context => new(Data, new TemplateRenderer(new TemplateSet(Path.Join(RepoPaths.Root, "templates"))));

    internal Method Method(string id) => Data.FindMethod(id) ?? throw new KeyNotFoundException(id);

    internal Product Worksheet(string kind, WorksheetOptions? options = null) =>
        IntervisieDocs.Products.Worksheets.Worksheet.Build(WorksheetKinds.Find(kind) ?? throw new KeyNotFoundException(kind), options ?? new WorksheetOptions(), Context);

    /// <summary>The product laid out through the real paging loop on a recording canvas.</summary>
    internal static RecordingCanvas Compose(Product product)
    {
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(product.Document, canvas, new TextMeasurer());
        return canvas;
    }

    public static TheoryData<string> MethodIds() =>
        [.. DataLoader.Load(RepoPaths.Methods).Data!.Methods.Select(m => m.Id)];
}
