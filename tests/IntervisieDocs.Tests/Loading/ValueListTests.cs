using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Loading;

public sealed class ValueListTests
{
    [Fact]
    public void Lists_with_equal_elements_are_equal()
    {
        ValueList<string> a = ["x", "y"];
        ValueList<string> b = ["x", "y"];

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ["y", "x"]);
        Assert.NotEqual(a, ["x"]);
    }

    [Fact]
    public void Records_holding_lists_compare_structurally()
    {
        static QuestionGroup Group() => new("Verkennen", ["Wat speelt er?", "Wat heb je al gedaan?"]);

        Assert.Equal(Group(), Group());
        Assert.NotEqual(Group(), Group() with { Questions = ["Wat speelt er?"] });
    }

    [Fact]
    public void Method_sums_only_steps_with_a_time()
    {
        static Step Step(int number, int? minutes, bool optional = false) =>
            new(number, $"Stap {number}", minutes, null, null, [], [], optional, false);

        var method = new Method("m", "M", "", null, "bron", "000", new GroupSize(4, 7), [], [], [], true, null,
            [Step(1, 5), Step(2, null), Step(3, 10, optional: true)], null, []);

        Assert.Equal(15, method.TotalMinutes);
        Assert.Equal(5, method.TotalMinutesWithoutOptional);
        Assert.True(method.HasTimes);
        Assert.Equal([2], method.StepsWithoutTime.Select(s => s.Number));
    }
}
