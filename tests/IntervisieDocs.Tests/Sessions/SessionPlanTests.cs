using IntervisieDocs.Sessions;
using IntervisieDocs.Tests.Products;

namespace IntervisieDocs.Tests.Sessions;

public sealed class SessionPlanTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private Session Session(string method, int participants, TimeOnly? end = null, int topics = 1, bool names = true) => new(
        "Groep", new DateOnly(2026, 12, 3), new TimeOnly(13, 30), end, "Zaal", fixture.Method(method), "P1", "P2",
        names ? [.. Enumerable.Range(1, participants).Select(i => $"P{i}")] : [], participants, topics);

    [Fact]
    public void Reflecting_team_clock_times_follow_the_steps()
    {
        var rows = SessionPlan.Schedule(fixture.Method("reflecting-team"), new TimeOnly(13, 30), 1);
        Assert.Equal([5, 10, 10, 10, 5], rows.Select(r => r.Minutes));
        Assert.Equal(["13:30", "13:35", "13:45", "13:55", "14:05"], rows.Select(r => r.Start.ToString("HH:mm")));
        Assert.Equal(new TimeOnly(14, 10), rows[^1].End);
        Assert.Equal(40, SessionPlan.TotalMinutes(rows));
    }

    [Fact]
    public void Steps_that_repeat_per_topic_are_written_out_per_topic()
    {
        var method = fixture.Method("snelle-adviesrondes");
        var repeated = method.Steps.Where(s => s.RepeatsPerTopic).Select(s => s.Number).ToList();
        Assert.Equal([2, 3, 4, 5, 6], repeated);

        var rows = SessionPlan.Schedule(method, new TimeOnly(9, 0), 3);
        Assert.Equal(method.Steps.Count + (2 * repeated.Count), rows.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6, 2, 3, 4, 5, 6, 2, 3, 4, 5, 6], rows.Take(16).Select(r => r.Number));
        Assert.Equal([null, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3], rows.Take(12).Select(r => r.Topic));
        var perTopic = method.Steps.Where(s => s.RepeatsPerTopic).Sum(s => s.Minutes ?? 0);
        Assert.Equal(method.TotalMinutes + (2 * perTopic), SessionPlan.TotalMinutes(rows));
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal(rows[i - 1].End, rows[i].Start);
        }
    }

    [Fact]
    public void One_topic_keeps_the_method_as_it_is()
    {
        var method = fixture.Method("snelle-adviesrondes");
        Assert.Equal(method.Steps.Count, SessionPlan.Schedule(method, new TimeOnly(9, 0), 1).Count);
    }

    [Fact]
    public void Optional_steps_are_marked()
    {
        var method = fixture.Data.Methods.First(m => m.Steps.Any(s => s.Optional));
        var rows = SessionPlan.Schedule(method, new TimeOnly(9, 0), 1);
        Assert.Equal(method.Steps.Where(s => s.Optional).Select(s => s.Number), rows.Where(r => r.Optional).Select(r => r.Number));
    }

    [Theory]
    [InlineData(12, 7, new[] { 6, 6 })]
    [InlineData(7, 7, new[] { 7 })]
    [InlineData(8, 7, new[] { 4, 4 })]
    [InlineData(15, 7, new[] { 5, 5, 5 })]
    [InlineData(16, 7, new[] { 6, 5, 5 })]
    [InlineData(3, 7, new[] { 3 })]
    public void Subgroup_sizes_are_as_few_and_as_even_as_possible(int participants, int max, int[] sizes) =>
        Assert.Equal(sizes, SessionPlan.SubgroupSizes(participants, max));

    [Fact]
    public void Subgroups_divide_names_round_robin_each_with_leader_and_presenter()
    {
        var groups = SessionPlan.Subgroups(Session("reflecting-team", 12));
        Assert.Equal(2, groups.Count);
        Assert.Equal(["P1", "P3", "P5", "P7", "P9", "P11"], groups[0].Members);
        Assert.Equal(["P2", "P4", "P6", "P8", "P10", "P12"], groups[1].Members);
        Assert.Equal(("P1", "P3"), (groups[0].Leader, groups[0].Presenter));
        Assert.Equal(("P4", "P2"), (groups[1].Leader, groups[1].Presenter));
    }

    [Fact]
    public void Too_many_participants_propose_subgroups()
    {
        var warning = Assert.Single(SessionPlan.Warnings(Session("reflecting-team", 12), splits: false));
        Assert.Equal("12 deelnemers is meer dan de 7 die Oplossingsgericht reflecting team aankan (4–7); voorstel: 2 parallelle subgroepen van 6 en 6, elk met een eigen inbrenger en gespreksleider (gebruik --splits)", warning);
        Assert.StartsWith("12 deelnemers is meer dan de 7", Assert.Single(SessionPlan.Warnings(Session("reflecting-team", 12), splits: true)));
    }

    [Fact]
    public void Too_few_participants_is_a_warning() =>
        Assert.Equal(
            "3 deelnemers is minder dan de 4 die Oplossingsgericht reflecting team vraagt (4–7)",
            Assert.Single(SessionPlan.Warnings(Session("reflecting-team", 3), splits: false)));

    [Fact]
    public void A_group_size_in_range_and_time_to_spare_give_no_warning() =>
        Assert.Empty(SessionPlan.Warnings(Session("reflecting-team", 6, end: new TimeOnly(14, 10)), splits: false));

    [Fact]
    public void Running_past_the_end_time_names_the_three_longest_steps() =>
        Assert.Equal(
            "het draaiboek (40 min) loopt tot 14:10, na de eindtijd 14:00; de langste stappen: stap 2 Verkenning (10 min), stap 3 Reflecting teamgesprek (10 min), stap 4 Reactie van de inbrenger (10 min)",
            Assert.Single(SessionPlan.Warnings(Session("reflecting-team", 6, end: new TimeOnly(14, 0)), splits: false)));

    [Fact]
    public void A_step_repeated_per_topic_counts_once_among_the_longest()
    {
        var session = Session("snelle-adviesrondes", 6, end: new TimeOnly(13, 40), topics: 3);
        var warning = Assert.Single(SessionPlan.Warnings(session, splits: false));
        Assert.Contains("de langste stappen: stap 2 Presentatie eerste onderwerp. (3 × 5 min), stap 3 1e adviesronde (3 × 3 min), stap 4 2e adviesronde (3 × 3 min)", warning);
    }
}
