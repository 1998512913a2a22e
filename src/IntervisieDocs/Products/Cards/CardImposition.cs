using IntervisieDocs.Layout;

namespace IntervisieDocs.Products.Cards;

/// <summary>
/// Puts the cards on pages. Desktop: four fronts per A4 sheet (<see cref="CardSheet"/>), and with backs
/// after every sheet of fronts a sheet of their backs, each at the mirrored position, for duplex
/// printing with a long-edge flip. Print shop: one card per page (<see cref="PrintShopPage"/>), each
/// front followed by its back when backs are asked for.
/// </summary>
internal static class CardImposition
{
    public static IReadOnlyList<Section> Sections(IReadOnlyList<FittedCard> cards, CardOptions options)
    {
        var faces = cards.SelectMany(c => c.Fronts.Select((front, i) => new Face(front, c.Backs?[i]))).ToList();
        return options.PrintShop ? [.. PrintShopPages(faces)] : [.. Sheets(faces)];
    }

    private sealed record Face(Element Front, Element? Back);

    private static IEnumerable<Section> Sheets(List<Face> faces)
    {
        foreach (var sheet in faces.Chunk(CardSheet.CardsPerSheet))
        {
            var fronts = sheet.Select((face, slot) => new FixedArea(CardGeometry.ContentArea(CardSheet.Front(slot)), face.Front));
            yield return new Section(CardSheet.Page, new FixedAreas([.. fronts], CardSheet.CutMarks(), CardSheet.MarkStroke));
            if (sheet.Any(face => face.Back is not null))
            {
                var backs = sheet.Select((face, slot) => new FixedArea(CardGeometry.ContentArea(CardSheet.Back(slot)), face.Back!));
                yield return new Section(CardSheet.Page, new FixedAreas([.. backs], [], CardSheet.MarkStroke));
            }
        }
    }

    private static IEnumerable<Section> PrintShopPages(List<Face> faces)
    {
        var content = CardGeometry.ContentArea(PrintShopPage.Trim);
        var marks = PrintShopPage.CropMarks();
        foreach (var face in faces)
        {
            yield return new Section(PrintShopPage.Page, new FixedAreas([new FixedArea(content, face.Front)], marks, PrintShopPage.MarkStroke));
            if (face.Back is not null)
            {
                yield return new Section(PrintShopPage.Page, new FixedAreas([new FixedArea(content, face.Back)], marks, PrintShopPage.MarkStroke));
            }
        }
    }
}
