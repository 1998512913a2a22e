using System.Globalization;

namespace IntervisieDocs.Tests.Loading;

/// <summary>
/// Per method: its steps' minutes and their sum, taken from the seeds ("5 min." per step, "-" for
/// a step without a time), not from the YAML, so a transcription slip in the data shows up here.
/// </summary>
public sealed class RealMethodTimesTests(RealDataFixture data) : IClassFixture<RealDataFixture>
{
    public static TheoryData<string, string, int> Methods => new()
    {
        { "balint-methode", "5 10 5 - 5 5 10 5 5 15 5 5 10", 85 },
        { "basisintervisiemethode", "- - - - - -", 0 },
        { "clinic", "5 10 20 5 10 10", 60 },
        { "collegiale-consultatie", "5 5 15 5 1 5 1 5 5 10 5", 62 },
        { "dominante-ideeen", "5 20 10 10 20 10", 75 },
        { "incidentmethode", "5 20 5 15 5 10 10", 70 },
        { "intuitieve-methode", "5 10 10 15 30 10 5", 85 },
        { "krachtenveldanalyse", "- - - - - -", 0 },
        { "luisteroefening", "3 5 5 2 10 4 1", 30 },
        { "modelling", "5 5 10 10 10 5 10", 55 },
        { "oplossingsgerichte-methode", "5 5 10 5 15 10 5", 55 },
        { "reflecting-team", "5 10 10 10 5", 40 },
        { "roddelmethode", "5 15 15 15 10", 60 },
        { "snelle-adviesrondes", "5 5 3 3 3 1", 20 },
        { "socratische-methode", "5 5 10 5 15 10 5 5 10 15 1 4 10", 100 },
        { "stappenplan", "- - - - - - -", 0 },
        { "tienstappenmethode", "5 10 5 10 15 10 5 5 15 10", 90 },
        { "vijfstappenmethode", "5 15 15 15 10", 60 },
        { "vissenkom", "10 10 20 15 10", 65 },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Steps_minutes_and_total_match_the_source(string id, string minutes, int total)
    {
        var method = data.Method(id);
        var expected = minutes.Split(' ').Select(m => m == "-" ? (int?)null : int.Parse(m, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(expected, method.Steps.Select(s => s.Minutes));
        Assert.Equal(Enumerable.Range(1, expected.Count), method.Steps.Select(s => s.Number));
        Assert.Equal(total, method.TotalMinutes);
        Assert.Equal(expected.Any(m => m is not null), method.HasTimes);
    }

    [Fact]
    public void The_table_covers_every_method()
    {
        var inTable = Methods.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        Assert.Equal(inTable, data.Data.Methods.Select(m => m.Id));
    }

    [Fact]
    public void Stated_totals_agree_except_where_the_source_disagrees_with_itself()
    {
        var disagreeing = data.Data.Methods
            .Where(m => m.StatedTotalMinutes is { } stated && stated != m.TotalMinutes)
            .Select(m => (m.Id, m.StatedTotalMinutes, m.TotalMinutes));
        Assert.Equal([("snelle-adviesrondes", (int?)15, 20), ("socratische-methode", 75, 100)], disagreeing);
    }
}
