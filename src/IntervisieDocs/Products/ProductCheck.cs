using IntervisieDocs.Layout;
using IntervisieDocs.Model;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Products;

/// <summary>
/// Builds and lays out every product (schatkist, handouts, cards, worksheets) for every method and
/// question bank, to find template and layout problems before a user does.
/// </summary>
internal static class ProductCheck
{
    public static IEnumerable<string> CheckAll(DataSet data, TemplateRenderer templates)
    {
        var measurer = new TextMeasurer();
        foreach (var (what, build) in Products(new ProductContext(data, templates), measurer))
        {
            var problem = Try(what, build, measurer);
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<(string What, Func<Product> Build)> Products(ProductContext context, ITextMeasurer measurer)
    {
        yield return ("schatkist", () => Schatkist.Build(context));

        // With backs, so that every side of every card template is rendered once.
        var cards = new CardOptions(Backs: true);
        foreach (var method in context.Data.Methods)
        {
            yield return ($"handout {method.Id}", () => Handout.Build(method, context));
            yield return ($"kaarten {method.Id}", () => CardProducts.ForMethod(method, context, cards, measurer));
            yield return ($"pakket (voorblad, draaiboek, spelregels) {method.Id}", () => SessionPack.Cover(SampleSession(method), splits: true, context));
        }

        yield return ("kaarten --methoden", () => CardProducts.ForAllMethods(context, cards, measurer));
        foreach (var bank in context.Data.QuestionBanks)
        {
            yield return ($"kaarten --vragen {bank.Id}", () => CardProducts.ForQuestionBank(bank, context, cards, measurer));
        }

        foreach (var (what, kind, options) in Worksheets(context.Data))
        {
            yield return (what, () => Worksheet.Build(kind, options, context));
        }
    }

    /// <summary>Every worksheet kind, and each variant the options make: the example, and each method a kind can take.</summary>
    private static IEnumerable<(string What, WorksheetKind Kind, WorksheetOptions Options)> Worksheets(DataSet data)
    {
        foreach (var kind in WorksheetKinds.All)
        {
            yield return ($"werkblad {kind.Id}", kind, new WorksheetOptions());
            if (kind.HasExample)
            {
                yield return ($"werkblad {kind.Id} --voorbeeld", kind, new WorksheetOptions { Example = true });
            }

            if (kind.UsesMethod)
            {
                foreach (var method in data.Methods)
                {
                    var options = new WorksheetOptions { Method = method };
                    if (Worksheet.Problem(kind, options, data) is null)
                    {
                        yield return ($"werkblad {kind.Id} --methode {method.Id}", kind, options);
                    }
                }
            }
        }
    }

    /// <summary>A session that shows every part of the cover: too many participants (subgroups), two topics, an end time.</summary>
    private static Sessions.Session SampleSession(Model.Method method) => new(
        "Controlegroep", new DateOnly(2026, 12, 3), new TimeOnly(13, 30), new TimeOnly(14, 0), "Zaal", method, "Deelnemer 1", "Deelnemer 2",
        [.. Enumerable.Range(1, method.GroupSize.Max + 2).Select(i => $"Deelnemer {i}")], method.GroupSize.Max + 2, 2);

    private static string? Try(string what, Func<Product> build, ITextMeasurer measurer)
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
        catch (Markdown.MarkdownPrintException e)
        {
            return $"{what}: {e.Message}";
        }
    }
}
