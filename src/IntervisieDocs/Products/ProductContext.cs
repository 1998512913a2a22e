using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>What every product is made from: the loaded data and the templates.</summary>
internal sealed record ProductContext(DataSet Data, TemplateRenderer Templates);
