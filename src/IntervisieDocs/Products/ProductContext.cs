using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>What every product is made from: the loaded data and the templates.</summary>
internal sealed record ProductContext(DataSet Data, TemplateRenderer Templates)
{
    private (string Name, object? Value)[]? _library;

    /// <summary>The whole data by id for templates (<see cref="TemplateModel.Library"/>), built once per context.</summary>
    public (string Name, object? Value)[] Library => _library ??= TemplateModel.Library(Data);
}
