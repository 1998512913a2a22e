using IntervisieDocs.Loading;
using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Templating;

/// <summary>Computed fields of the template model and the filters the cards use.</summary>
public sealed class TemplateModelTests
{
    private static readonly DataSet Data = DataLoader.Load(RepoPaths.Methods).Data!;

    private static Method Method(string id) => Data.FindMethod(id)!;

    private static TemplateObject Step(string method, int number) =>
        TemplateModel.Step(Method(method).Steps[number - 1], Method(method), Data);

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(5, "0:05")]
    [InlineData(65, "1:05")]
    [InlineData(100, "1:40")]
    public void Klok_writes_minutes_as_a_clock(int minutes, string expected) => Assert.Equal(expected, DutchFilters.Klok(minutes));

    [Fact]
    public void Klok_of_nothing_is_empty() => Assert.Equal("", DutchFilters.Klok(null));

    [Fact]
    public void Steps_start_where_the_previous_one_ended()
    {
        Assert.Equal(0, Step("reflecting-team", 1)["start"]);
        Assert.Equal(5, Step("reflecting-team", 1)["einde"]);
        Assert.Equal(15, Step("reflecting-team", 3)["start"]);
        Assert.Equal(40, Step("reflecting-team", 5)["einde"]);
    }

    [Fact]
    public void A_step_without_time_takes_no_time_on_the_clock()
    {
        // Balint step 4 has no time in the source: it starts and ends when step 3 ends.
        Assert.Equal(20, Step("balint-methode", 4)["start"]);
        Assert.Equal(20, Step("balint-methode", 4)["einde"]);
        Assert.Equal(20, Step("balint-methode", 5)["start"]);
    }

    [Fact]
    public void Optional_steps_count_on_the_clock_as_in_the_total()
    {
        Assert.Equal(40, Step("socratische-methode", 6)["start"]);
        Assert.Equal(50, Step("socratische-methode", 7)["start"]);
        Assert.Equal(100, Step("socratische-methode", 13)["einde"]);
    }

    [Fact]
    public void A_method_without_times_has_no_clock()
    {
        Assert.Null(Step("krachtenveldanalyse", 2)["start"]);
        Assert.Null(Step("krachtenveldanalyse", 2)["einde"]);
    }

    [Fact]
    public void Repetition_per_topic_names_the_steps_and_their_minutes()
    {
        var repetition = (TemplateObject)TemplateModel.Method(Method("snelle-adviesrondes"), Data)["herhaling"]!;
        Assert.Equal("2–6", repetition["stappen"]);
        Assert.Equal(15, repetition["minuten"]);
        Assert.Null(TemplateModel.Method(Method("reflecting-team"), Data)["herhaling"]);
    }

    [Fact]
    public void A_role_in_its_method_lists_every_step_with_its_instruction_or_nothing()
    {
        var method = Method("reflecting-team");
        var role = TemplateModel.RoleInMethod(method.FindRole("teamleden")!, method, Data);
        var steps = (List<TemplateObject>)role["stappen"]!;
        Assert.Equal(5, steps.Count);
        Assert.Equal(true, role["heeft_taken"]);
        Assert.StartsWith("De teamleden noteren:", (string)steps[1]["tekst"]!);
        Assert.Null(steps[0]["tekst"]);
        Assert.Equal("Het reflecting team bespreekt de gemaakte notities en bespreekt mogelijke perspectieven.", steps[2]["zinnen"]);
        Assert.Equal("1, 4 en 5", role["stappen_zonder_taak"]);
        Assert.Equal([2, 3], ((List<TemplateObject>)role["stappen_met_taak"]!).Select(s => (int)s["nummer"]!));

        // The inbrenger has no instruction of its own, but the descriptions name it in every step.
        var inbrenger = TemplateModel.RoleInMethod(method.FindRole("inbrenger")!, method, Data);
        Assert.Equal(true, inbrenger["heeft_taken"]);
        Assert.Equal("De inbrenger introduceert zijn/haar vraag en geeft een beknopte toelichting.", ((List<TemplateObject>)inbrenger["stappen"]!)[0]["zinnen"]);
    }

    [Fact]
    public void A_role_never_named_in_a_step_has_no_tasks_and_its_card_lists_the_course()
    {
        var method = Method("krachtenveldanalyse");
        var role = TemplateModel.RoleInMethod(method.FindRole("inbrenger")!, method, Data);
        Assert.Equal(false, role["heeft_taken"]);
        Assert.All((List<TemplateObject>)role["stappen"]!, s => Assert.Equal("", s["zinnen"]));
    }

    [Fact]
    public void Questions_are_numbered_through_the_bank()
    {
        var questions = TemplateModel.Questions(Data.FindQuestionBank("gouden-vragen")!);
        Assert.Equal(6, questions.Count);
        Assert.Equal(1, questions[0]["nummer"]);
        Assert.Equal(6, questions[5]["aantal"]);
        Assert.Equal("Wat is de kern van deze vraag?", questions[5]["tekst"]);
        Assert.Null(questions[0]["groep"]);
    }

    [Fact]
    public void Inspringen_indents_every_line_but_empty_ones()
    {
        Assert.Equal("    a\n\n    - b\n    - c", DutchFilters.Inspringen("a\r\n\n- b\n- c\n"));
        Assert.Equal("  x", DutchFilters.Inspringen("x", 2));
    }
}
