using IntervisieDocs.Layout;
using IntervisieDocs.Loading;
using IntervisieDocs.Model;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Products;

/// <summary>The real data and templates, and card decks built from them, laid out on a recording canvas.</summary>
public sealed class CardFixture
{
    internal DataSet Data { get; } = DataLoader.Load(RepoPaths.Methods).Data ?? throw new InvalidOperationException("the real data has errors");

    internal ProductContext Context => new(Data, new TemplateRenderer(new TemplateSet(Path.Join(RepoPaths.Root, "templates"))));

    internal TextMeasurer Measurer { get; } = new();

    internal Method Method(string id) => Data.FindMethod(id) ?? throw new KeyNotFoundException(id);

    internal Product MethodCards(string id, CardOptions? options = null) => MethodCards(Method(id), options);

    /// <summary>The cards of any method (also one made up by a test) with the real templates.</summary>
    internal Product MethodCards(Method method, CardOptions? options = null) =>
        CardProducts.ForMethod(method, Context, options ?? new CardOptions(), Measurer);

    internal Product QuestionCards(string id, CardOptions? options = null) =>
        CardProducts.ForQuestionBank(Data.FindQuestionBank(id) ?? throw new KeyNotFoundException(id), Context, options ?? new CardOptions(), Measurer);

    /// <summary>One card per method (<c>kaarten --methoden</c>).</summary>
    internal Product AllMethodCards(CardOptions? options = null) =>
        CardProducts.ForAllMethods(Context, options ?? new CardOptions(), Measurer);

    internal RecordingCanvas Lay(Product product)
    {
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(product.Document, canvas, Measurer);
        return canvas;
    }
}
