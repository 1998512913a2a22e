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
        var faces = cards.SelectMany(c => c.Fronts.Select((front, i) => new Face(front, c.Backs?[i], c.Spec.Label))).ToList();
        return options.PrintShop ? [.. PrintShopPages(faces)] : [.. Sheets(faces)];
    }

    private sealed record Face(Element Front, Element? Back, CardLabel? Label);

    /// <summary>How far inside the trim a back's white panel starts (its text keeps <see cref="CardGeometry.InsetMm"/>).</summary>
    private const double PanelInsetMm = 5;

    /// <summary>A back: the deck's pattern over <paramref name="ground"/> (the trim, or the trim and its bleed), then the text.</summary>
    private static IEnumerable<FixedArea> Back(Face face, Rect trim, Rect ground)
    {
        if (face.Label is { } label)
        {
            var inset = Thickness.All(Units.Mm(PanelInsetMm));
            var panel = new Thickness(trim.X - ground.X + inset.Left, trim.Y - ground.Y + inset.Top, ground.Right - trim.Right + inset.Right, ground.Bottom - trim.Bottom + inset.Bottom);
            yield return new FixedArea(ground, new CardBackPattern(label, panel));
        }

        yield return new FixedArea(CardGeometry.ContentArea(trim), face.Back!);
        if (face.Label is { } name)
        {
            var inset = Units.Mm(PanelInsetMm);
            yield return new FixedArea(trim.Deflate(inset, inset, inset, inset), new CardBackLabel(name));
        }
    }

    private static IEnumerable<Section> Sheets(List<Face> faces)
    {
        foreach (var sheet in faces.Chunk(CardSheet.CardsPerSheet))
        {
            var fronts = sheet.Select((face, slot) => new FixedArea(CardGeometry.ContentArea(CardSheet.Front(slot)), face.Front));
            yield return new Section(CardSheet.Page, new FixedAreas([.. fronts], CardSheet.CutMarks(), CardSheet.MarkStroke));
            if (sheet.Any(face => face.Back is not null))
            {
                var backs = sheet.SelectMany((face, slot) => Back(face, CardSheet.Back(slot), CardSheet.Back(slot)));
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
                yield return new Section(PrintShopPage.Page, new FixedAreas([.. Back(face, PrintShopPage.Trim, PrintShopPage.Bleed)], marks, PrintShopPage.MarkStroke));
            }
        }
    }
}
