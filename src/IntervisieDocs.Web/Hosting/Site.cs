using IntervisieDocs.Products;
using IntervisieDocs.Web.Rendering;

namespace IntervisieDocs.Web.Hosting;

/// <summary>What every request works with: the data and templates (loaded once), the render gate and the cache.</summary>
internal sealed class Site
{
    public Site(ProductContext products, WebServerOptions options)
    {
        Products = products;
        Options = options;
        Gate = new RenderGate(options.RenderSlots, options.MaxWaitingRenders, options.RenderTimeLimit);
        Cache = new PdfCache(Gate);
    }

    public ProductContext Products { get; }

    public WebServerOptions Options { get; }

    public RenderGate Gate { get; }

    public PdfCache Cache { get; }
}
