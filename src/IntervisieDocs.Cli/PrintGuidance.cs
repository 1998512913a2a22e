namespace IntervisieDocs.Cli;

/// <summary>
/// How to print each product, said after it is written: the paper, single- or double-sided with the
/// flip as Dutch printer dialogs name it, card stock, cutting, and always at 100 %.
/// </summary>
internal static class PrintGuidance
{
    private const string TrueSize = "op ware grootte (100 %, 'Werkelijke grootte', niet 'Aanpassen')";

    public static string Handout(int pages) => pages > 1
        ? $"afdrukken: A4 {TrueSize}; dubbelzijdig met omslaan via lange zijde geeft één vel"
        : $"afdrukken: A4 {TrueSize}";

    public const string Worksheet =
        "afdrukken: A4 " + TrueSize + ", enkelzijdig, zodat elk exemplaar op eigen vellen staat";

    public const string Schatkist =
        "afdrukken: A5-papier " + TrueSize + ", dubbelzijdig met omslaan via lange zijde; of op A4 met 'Boekje' in het printervenster; een vouwboekje op A4 maak je met: intervisie schatkist --boekje";

    public const string Booklet =
        "afdrukken: A4 liggend " + TrueSize + ", dubbelzijdig met omslaan via korte zijde; de stapel in het midden vouwen en in de vouw nieten";

    public const string CardsPrintShop =
        "voor de drukker: snijformaat 105 × 148 mm (A6), 3 mm afloop (TrimBox/BleedBox), snijtekens buiten de afloop; karton van 250–300 g/m²";

    public const string CardsPrintShopBacks = CardsPrintShop + "; elke voorkant wordt gevolgd door zijn achterkant";

    public const string CardsWithBacks =
        "afdrukken: A4 " + TrueSize + " op karton (160–250 g/m²), dubbelzijdig met omslaan via lange zijde; daarna snijden langs de snijtekens";

    public const string Cards =
        "afdrukken: A4 " + TrueSize + " op karton (160–250 g/m²), enkelzijdig; daarna snijden langs de snijtekens";

    public const string PackDuplex =
        "afdrukken: A4 " + TrueSize + ", dubbelzijdig met omslaan via lange zijde (elk onderdeel begint op een voorkant); de kaartpagina's apart op karton (160–250 g/m²), enkelzijdig, en daarna snijden langs de snijtekens; enkelzijdig printen: maak het pakket met --enkelzijdig";

    public const string Pack =
        "afdrukken: A4 " + TrueSize + ", enkelzijdig; de kaartpagina's bij voorkeur op karton (160–250 g/m²) en daarna snijden langs de snijtekens";
}
