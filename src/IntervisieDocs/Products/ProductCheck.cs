using IntervisieDocs.Layout;
using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>Builds and lays out every product for every method, to find template and layout problems before a user does.</summary>
internal static class ProductCheck
{
    public static IEnumerable<string> CheckAll(DataSet data, TemplateRenderer templates)
    {
        var context = new ProductContext(data, templates);
        var measurer = new TextMeasurer();
        if (Try("schatkist", () => Schatkist.Build(context), measurer) is { } booklet)
        {
            yield return booklet;
        }

        foreach (var method in data.Methods)
        {
            var problem = Try($"handout {method.Id}", () => Handout.Build(method, context), measurer);
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static string? Try(string what, Func<Product> build, TextMeasurer measurer)
    {
        try
        {
            DocumentComposer.Compose(build().Document, new RecordingCanvas(), measurer);
            return null;
        }
        catch (TemplateException e)
        {
            return $"{what}: {e.Message}";
        }
        catch (LayoutException e)
        {
            return $"{what}: opmaak lukt niet: {e.Message}";
        }
    }
}
