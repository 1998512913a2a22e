using IntervisieDocs.Sessions;
using IntervisieDocs.Tests.Products;

namespace IntervisieDocs.Tests.Sessions;

public sealed class SessionReaderTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private const string Good = """
        groep: Wijkteams Noord
        datum: 2026-12-03
        begintijd: 13:30
        eindtijd: "15:00"
        locatie: De Linde
        methode: reflecting-team
        gespreksleider: Marieke
        inbrenger: Sanne
        deelnemers:
          - Marieke
          - Sanne
          - Ahmed
          - Joost
        """;

    private (Session? Session, IReadOnlyList<IntervisieDocs.Loading.Diagnostic> Diagnostics) Read(string text) =>
        SessionReader.Read(text, "sessie.yaml", fixture.Data);

    private string OnlyError(string text)
    {
        var (session, diagnostics) = Read(text);
        Assert.Null(session);
        return Assert.Single(diagnostics, d => d.IsError).ToString();
    }

    [Fact]
    public void Good_file_gives_every_field()
    {
        var (session, diagnostics) = Read(Good);
        Assert.Empty(diagnostics);
        Assert.NotNull(session);
        Assert.Equal("Wijkteams Noord", session.Group);
        Assert.Equal(new DateOnly(2026, 12, 3), session.Date);
        Assert.Equal(new TimeOnly(13, 30), session.Start);
        Assert.Equal(new TimeOnly(15, 0), session.End);
        Assert.Equal("De Linde", session.Location);
        Assert.Equal("reflecting-team", session.Method.Id);
        Assert.Equal("Marieke", session.Leader);
        Assert.Equal("Sanne", session.Presenter);
        Assert.Equal(["Marieke", "Sanne", "Ahmed", "Joost"], session.Participants);
        Assert.Equal(4, session.ParticipantCount);
        Assert.Equal(1, session.Topics);
    }

    [Fact]
    public void Participants_may_be_a_number_and_optional_fields_may_be_left_out()
    {
        var text = Good.Replace("eindtijd: \"15:00\"\n", "").Replace("inbrenger: Sanne\n", "");
        text = text[..text.IndexOf("deelnemers:", StringComparison.Ordinal)] + "deelnemers: 9\n";
        var (session, diagnostics) = Read(text);
        Assert.Empty(diagnostics);
        Assert.NotNull(session);
        Assert.Null(session.End);
        Assert.Null(session.Presenter);
        Assert.Empty(session.Participants);
        Assert.Equal(9, session.ParticipantCount);
    }

    [Fact]
    public void Example_in_the_repository_is_a_good_file()
    {
        var (session, diagnostics) = Read(File.ReadAllText(Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml")));
        Assert.Empty(diagnostics);
        Assert.NotNull(session);
    }

    [Fact]
    public void Unknown_method_names_the_closest_ids() =>
        Assert.Equal(
            "sessie.yaml:6:10: fout: onbekende methode 'reflectingteam' — bedoelde je: reflecting-team, modelling, clinic? ('intervisie methoden' toont ze allemaal)",
            OnlyError(Good.Replace("methode: reflecting-team", "methode: reflectingteam")));

    [Fact]
    public void Bad_date_is_an_error_on_its_line() =>
        Assert.Equal(
            "sessie.yaml:2:8: fout: 'datum' moet een datum zijn als jjjj-mm-dd, bijvoorbeeld 2026-11-23, niet '3-12-2026'",
            OnlyError(Good.Replace("2026-12-03", "3-12-2026")));

    [Fact]
    public void Impossible_date_is_an_error() =>
        Assert.Equal(
            "sessie.yaml:2:8: fout: 'datum' moet een datum zijn als jjjj-mm-dd, bijvoorbeeld 2026-11-23, niet '2026-02-30'",
            OnlyError(Good.Replace("2026-12-03", "2026-02-30")));

    [Fact]
    public void Bad_time_is_an_error_on_its_line() =>
        Assert.Equal(
            "sessie.yaml:3:12: fout: 'begintijd' moet een tijd zijn als uu:mm, bijvoorbeeld 13:30, niet '25:00'",
            OnlyError(Good.Replace("begintijd: 13:30", "begintijd: 25:00")));

    [Fact]
    public void End_before_start_is_an_error() =>
        Assert.Equal(
            "sessie.yaml:4:11: fout: 'eindtijd' (12:00) moet na de begintijd (13:30) liggen",
            OnlyError(Good.Replace("eindtijd: \"15:00\"", "eindtijd: \"12:00\"")));

    [Fact]
    public void Unknown_key_suggests_the_meant_one() =>
        Assert.Equal(
            "sessie.yaml:5:1: fout: onbekend veld 'lokatie' — bedoelde je 'locatie'?",
            OnlyError(Good.Replace("locatie:", "lokatie:")));

    [Fact]
    public void Missing_required_key_is_an_error() =>
        Assert.Equal(
            "sessie.yaml:1:1: fout: verplicht veld 'gespreksleider' ontbreekt",
            OnlyError(Good.Replace("gespreksleider: Marieke\n", "")));

    [Fact]
    public void Duplicate_name_is_an_error() =>
        Assert.Equal(
            "sessie.yaml:10:3: fout: 'Sanne' staat twee keer in 'deelnemers'; geef elke deelnemer een eigen naam",
            OnlyError(Good.Replace("  - Joost", "  - Sanne")));

    [Fact]
    public void Name_too_long_for_the_name_field_is_an_error() =>
        Assert.Equal(
            "sessie.yaml:12:5: fout: de naam 'Ahmedaaaaaaaaaaaaaaa…' is langer dan 60 tekens; hij moet in het naamvak van de werkbladen passen",
            OnlyError(Good.Replace("  - Ahmed", "  - Ahmed" + new string('a', 60))));

    [Fact]
    public void Group_name_too_long_for_the_header_is_an_error() =>
        Assert.Equal(
            "sessie.yaml:1:8: fout: 'groep' mag hoogstens 80 tekens hebben (hij staat in de kop van elke pagina), niet 95",
            OnlyError(Good.Replace("groep: Wijkteams Noord", "groep: Wijkteams Noord" + new string('a', 80))));
}
