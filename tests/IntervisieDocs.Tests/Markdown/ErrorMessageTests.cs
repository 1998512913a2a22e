using IntervisieDocs.Markdown;

namespace IntervisieDocs.Tests.Markdown;

/// <summary>Every mistake a template author can make in print syntax, with the exact Dutch message.</summary>
public sealed class ErrorMessageTests
{
    private static string ErrorFor(string markdown) =>
        Assert.Throws<MarkdownPrintException>(() => MarkdownLayout.Render(markdown, PrintTheme.Default())).Message;

    [Theory]
    [InlineData("[[schrijfregels nul]]", "regel 1: [[schrijfregels nul]]: aantal regels moet een positief geheel getal zijn")]
    [InlineData("[[schrijfregels 0]]", "regel 1: [[schrijfregels 0]]: aantal regels moet een positief geheel getal zijn")]
    [InlineData("[[schrijfregels -3]]", "regel 1: [[schrijfregels -3]]: aantal regels moet een positief geheel getal zijn")]
    [InlineData("[[schrijfregels 2.5]]", "regel 1: [[schrijfregels 2.5]]: aantal regels moet een positief geheel getal zijn")]
    [InlineData("[[schrijfregels]]", "regel 1: [[schrijfregels]]: het aantal regels ontbreekt, bijvoorbeeld [[schrijfregels 5]]")]
    [InlineData("[[schrijfregels 5 9]]", "regel 1: [[schrijfregels 5 9]]: regelafstand moet een maat in mm zijn, bijvoorbeeld 9mm")]
    [InlineData("[[schrijfregels 5 9cm]]", "regel 1: [[schrijfregels 5 9cm]]: regelafstand moet een maat in mm zijn, bijvoorbeeld 9mm")]
    [InlineData("[[schrijfregels 5 90mm]]", "regel 1: [[schrijfregels 5 90mm]]: regelafstand moet tussen 4 en 25 mm liggen")]
    [InlineData("[[schrijfregels 5 2mm]]", "regel 1: [[schrijfregels 5 2mm]]: regelafstand moet tussen 4 en 25 mm liggen")]
    [InlineData("[[schrijfregels 5 9mm extra]]", "regel 1: [[schrijfregels 5 9mm extra]]: te veel argumenten; schrijf [[schrijfregels aantal]] of [[schrijfregels aantal afstand]], bijvoorbeeld [[schrijfregels 5 9mm]]")]
    public void Writing_lines(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Theory]
    [InlineData("[[figuur SITUATIE \"Moeilijkheden\"]]", "regel 1: [[figuur SITUATIE \"Moeilijkheden\"]]: elk woord moet tussen aanhalingstekens staan, bijvoorbeeld [[figuur \"SITUATIE\" \"Moeilijkheden\" \"Mogelijkheden\"]]")]
    [InlineData("[[figuur \"SITUATIE\"]]", "regel 1: [[figuur \"SITUATIE\"]]: een figuur heeft 2 tot 5 woorden: één bovenaan en de andere eronder")]
    [InlineData("[[figuur \"A\" \" \"]]", "regel 1: [[figuur \"A\" \" \"]]: een woord van de figuur is leeg")]
    [InlineData("[[antwoordvak]]", "regel 1: [[antwoordvak]]: de hoogte ontbreekt, bijvoorbeeld [[antwoordvak 40mm]]")]
    [InlineData("[[antwoordvak veertig]]", "regel 1: [[antwoordvak veertig]]: hoogte moet een maat in mm zijn, bijvoorbeeld 40mm")]
    [InlineData("[[antwoordvak 0mm]]", "regel 1: [[antwoordvak 0mm]]: hoogte moet een maat in mm zijn, bijvoorbeeld 40mm")]
    [InlineData("[[antwoordvak \"40mm\"]]", "regel 1: [[antwoordvak \"40mm\"]]: hoogte moet een maat in mm zijn, bijvoorbeeld 40mm")]
    [InlineData("[[antwoordvak 300mm]]", "regel 1: [[antwoordvak 300mm]]: hoogte mag hoogstens 250 mm zijn")]
    [InlineData("[[antwoordvak 40mm Wat is de situatie?]]", "regel 1: [[antwoordvak 40mm Wat is de situatie?]]: het label moet tussen aanhalingstekens staan, bijvoorbeeld [[antwoordvak 40mm \"Wat is de situatie?\"]]")]
    [InlineData("[[antwoordvak 40mm \"Wat\" \"is\"]]", "regel 1: [[antwoordvak 40mm \"Wat\" \"is\"]]: het label moet tussen aanhalingstekens staan, bijvoorbeeld [[antwoordvak 40mm \"Wat is de situatie?\"]]")]
    [InlineData("[[antwoordvak 40mm \"Wat is]]", "regel 1: [[antwoordvak 40mm \"Wat is]]: een aanhalingsteken (\") is niet gesloten")]
    public void Answer_box(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Theory]
    [InlineData("[[vakje tekst]]", "regel 1: [[vakje tekst]]: de tekst moet tussen aanhalingstekens staan, bijvoorbeeld [[vakje \"tekst\"]]")]
    [InlineData("[[vakje \"een\" \"twee\"]]", "regel 1: [[vakje \"een\" \"twee\"]]: de tekst moet tussen aanhalingstekens staan, bijvoorbeeld [[vakje \"tekst\"]]")]
    [InlineData("[[vakje \"  \"]]", "regel 1: [[vakje \"  \"]]: de tekst bij het vakje is leeg (een vakje zonder tekst is [[vakje]])")]
    public void Checkbox(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Theory]
    [InlineData("[[schaal]]", "regel 1: [[schaal]]: een schaal heeft minstens twee keuzes, gescheiden door |, bijvoorbeeld [[schaal warm | neutraal | koud]]")]
    [InlineData("[[schaal warm]]", "regel 1: [[schaal warm]]: een schaal heeft minstens twee keuzes, gescheiden door |, bijvoorbeeld [[schaal warm | neutraal | koud]]")]
    [InlineData("[[schaal warm | | koud]]", "regel 1: [[schaal warm | | koud]]: een keuze is leeg (twee | achter elkaar, of | aan het begin of eind)")]
    [InlineData("[[schaal warm | koud |]]", "regel 1: [[schaal warm | koud |]]: een keuze is leeg (twee | achter elkaar, of | aan het begin of eind)")]
    [InlineData("[[schaal 5-1]]", "regel 1: [[schaal 5-1]]: een schaal telt van een klein naar een groter getal, met hoogstens 10 getallen, bijvoorbeeld [[schaal 1-5 \"weinig\" \"veel\"]]")]
    [InlineData("[[schaal 0-10]]", "regel 1: [[schaal 0-10]]: een schaal telt van een klein naar een groter getal, met hoogstens 10 getallen, bijvoorbeeld [[schaal 1-5 \"weinig\" \"veel\"]]")]
    [InlineData("[[schaal 1-5 \"weinig\"]]", "regel 1: [[schaal 1-5 \"weinig\"]]: een getallenschaal noemt geen of beide uiteinden, tussen aanhalingstekens, bijvoorbeeld [[schaal 1-5 \"weinig\" \"veel\"]]")]
    [InlineData("[[schaal 1-5 weinig veel]]", "regel 1: [[schaal 1-5 weinig veel]]: een getallenschaal noemt geen of beide uiteinden, tussen aanhalingstekens, bijvoorbeeld [[schaal 1-5 \"weinig\" \"veel\"]]")]
    [InlineData("[[schrijfregels +]]", "regel 1: [[schrijfregels +]]: aantal regels moet een positief geheel getal zijn")]
    [InlineData("[[schrijfregels 0+]]", "regel 1: [[schrijfregels 0+]]: aantal regels moet een positief geheel getal zijn")]
    [InlineData("[[schaal 1|2|3|4|5|6|7|8]]", "regel 1: [[schaal 1|2|3|4|5|6|7|8]]: een schaal heeft hoogstens 7 keuzes")]
    public void Rating_scale(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Fact]
    public void Page_break() =>
        Assert.Equal("regel 1: [[nieuwe-pagina nu]]: deze opdracht heeft geen argumenten", ErrorFor("[[nieuwe-pagina nu]]"));

    [Fact]
    public void Unknown_directive_lists_the_known_ones() =>
        Assert.Equal("regel 1: [[foo]]: onbekende opdracht; bekend zijn: antwoordvak, figuur, inhoud, kopband, nieuwe-pagina, schaal, schrijfregels, tijdlijn, vakje", ErrorFor("[[foo]]"));

    [Fact]
    public void Directive_names_are_case_sensitive() =>
        Assert.Equal("regel 1: [[Schrijfregels 5]]: onbekende opdracht; bekend zijn: antwoordvak, figuur, inhoud, kopband, nieuwe-pagina, schaal, schrijfregels, tijdlijn, vakje", ErrorFor("[[Schrijfregels 5]]"));

    [Theory]
    [InlineData("[[schrijfregels 5]] en meer", "regel 1: [[schrijfregels 5]] en meer: een opdracht staat alleen op een regel en eindigt met ]]")]
    [InlineData("[[schrijfregels 5", "regel 1: [[schrijfregels 5: een opdracht staat alleen op een regel en eindigt met ]]")]
    [InlineData("[[]]", "regel 1: [[]]: een opdracht staat alleen op een regel en eindigt met ]]")]
    public void Malformed_directive_line(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Theory]
    [InlineData("Naam: [[schrijfregels 1]]", "regel 1: [[schrijfregels 1]]: een opdracht moet op een eigen regel staan")]
    [InlineData("Tekst\nen dan [[vakje \"x\"]] midden", "regel 2: [[vakje \"x\"]]: een opdracht moet op een eigen regel staan")]
    [InlineData("| A |\n|---|\n| [[nieuwe-pagina]] |", "regel 3: [[nieuwe-pagina]]: een opdracht moet op een eigen regel staan")]
    public void Directive_inside_running_text(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Fact]
    public void Unknown_double_bracket_text_inside_a_paragraph_is_left_alone()
    {
        var element = MarkdownLayout.Render("Zie [[1]] en [[wiki link]].", PrintTheme.Default());

        Assert.NotNull(element);
    }

    [Fact]
    public void Line_number_counts_from_the_start_of_the_source_also_inside_containers_and_lists()
    {
        const string Markdown = "# Titel\n\nTekst.\n\n::: kader\n- punt\n\n  [[schrijfregels nul]]\n:::\n";

        Assert.Equal("regel 8: [[schrijfregels nul]]: aantal regels moet een positief geheel getal zijn", ErrorFor(Markdown));
    }

    [Fact]
    public void Line_number_with_windows_line_ends()
    {
        Assert.Equal("regel 3: [[schaal warm]]: een schaal heeft minstens twee keuzes, gescheiden door |, bijvoorbeeld [[schaal warm | neutraal | koud]]", ErrorFor("Tekst\r\n\r\n[[schaal warm]]\r\n"));
    }

    [Fact]
    public void Line_number_in_the_example_of_the_brief()
    {
        var markdown = string.Concat(Enumerable.Repeat("Tekst.\n", 11)) + "[[schrijfregels nul]]\n";

        Assert.Equal("regel 12: [[schrijfregels nul]]: aantal regels moet een positief geheel getal zijn", ErrorFor(markdown));
    }

    [Theory]
    [InlineData("::: doos\nTekst\n:::", "regel 1: ::: doos: onbekend blok; bekend zijn: bijelkaar, cel, kaart, kader, kader-grijs, kop, rij, tabel")]
    [InlineData("Intro\n\n::: kader Titel\nTekst", "regel 3: ::: kader Titel: het afsluitende ::: ontbreekt")]
    [InlineData("::: bijelkaar graag\nTekst\n:::", "regel 1: ::: bijelkaar graag: dit blok heeft geen argumenten")]
    [InlineData(":::\nTekst\n:::", "regel 1: :::: de soort blok ontbreekt; bekend zijn: bijelkaar, cel, kaart, kader, kader-grijs, kop, rij, tabel")]
    public void Containers(string markdown, string message) => Assert.Equal(message, ErrorFor(markdown));

    [Fact]
    public void Exception_carries_line_construct_and_problem()
    {
        var error = Assert.Throws<MarkdownPrintException>(() => MarkdownLayout.Render("\n[[foo]]", PrintTheme.Default()));

        Assert.Equal(2, error.Line);
        Assert.Equal("[[foo]]", error.Construct);
        Assert.StartsWith("onbekende opdracht", error.Problem, StringComparison.Ordinal);
    }
}
