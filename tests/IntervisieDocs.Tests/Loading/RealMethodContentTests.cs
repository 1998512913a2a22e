using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Loading;

/// <summary>Spot checks that the YAML keys land in the right model fields.</summary>
public sealed class RealMethodContentTests(RealDataFixture data) : IClassFixture<RealDataFixture>
{
    [Fact]
    public void Reflecting_team_has_its_roles_step_purposes_questions_and_follow_up()
    {
        var method = data.Method("reflecting-team");

        Assert.Equal("Oplossingsgericht reflecting team", method.Title);
        Assert.Equal("000", method.Seed);
        Assert.Equal(new GroupSize(4, 7), method.GroupSize);
        Assert.Equal(["inbrenger", "gespreksleider", "teamleden"], method.Roles.Select(r => r.Id));
        Assert.Null(method.Roles[0].Description);
        Assert.Equal(["oplossingsgericht", "inzicht"], method.Tags);
        Assert.True(method.ForBeginners);
        Assert.Equal(40, method.StatedTotalMinutes);
        Assert.StartsWith("de leervraag zo te beschrijven", method.Steps[0].Purpose);
        Assert.Null(method.Steps[1].Purpose);
        Assert.Equal([new RoleInstruction("teamleden", method.Steps[1].RoleInstructions[0].Text)], method.Steps[1].RoleInstructions);
        Assert.StartsWith("De teamleden noteren:", method.Steps[1].RoleInstructions[0].Text);
        Assert.Equal(["oplossingsgerichte-voorbeeldvragen"], method.Steps[1].QuestionBankIds);
        Assert.Equal("Vervolg monitoren", method.FollowUp?.Title);
        Assert.Empty(method.Materials);
    }

    [Fact]
    public void Luisteroefening_keeps_role_instructions_in_file_order()
    {
        var method = data.Method("luisteroefening");

        Assert.Equal(new GroupSize(6, 6, Wording: "circa zes personen: 5 deelnemers en 1 procesbegeleider"), method.GroupSize);
        Assert.Equal(["post-its", "pen"], method.Materials);
        Assert.All(method.Steps, s => Assert.Equal(["verteller", "luisteraars"], s.RoleInstructions.Select(r => r.RoleId)));
        Assert.Equal("Presenteert case/vraag", method.Steps[0].RoleInstructions[0].Text);
    }

    [Fact]
    public void Snelle_adviesrondes_repeats_steps_two_to_six_per_topic()
    {
        var method = data.Method("snelle-adviesrondes");
        Assert.Equal([2, 3, 4, 5, 6], method.Steps.Where(s => s.RepeatsPerTopic).Select(s => s.Number));
        Assert.Equal(15, method.Steps.Where(s => s.RepeatsPerTopic).Sum(s => s.Minutes));
    }

    [Fact]
    public void Socratische_methode_has_two_optional_steps()
    {
        var method = data.Method("socratische-methode");
        Assert.Equal([6, 13], method.Steps.Where(s => s.Optional).Select(s => s.Number));
        Assert.Equal(80, method.TotalMinutesWithoutOptional);
    }

    [Fact]
    public void Balint_methode_has_one_step_without_time()
    {
        var method = data.Method("balint-methode");
        Assert.True(method.HasTimes);
        Assert.Equal("Gesprekleider", Assert.Single(method.StepsWithoutTime).Title);
        Assert.Equal(85, method.TotalMinutes);
        Assert.Equal(85, method.StatedTotalMinutes);
    }

    [Theory]
    [InlineData("basisintervisiemethode")]
    [InlineData("krachtenveldanalyse")]
    [InlineData("stappenplan")]
    public void Phase_models_have_no_times_and_no_stated_total(string id)
    {
        var method = data.Method(id);
        Assert.False(method.HasTimes);
        Assert.Equal(method.Steps.Count, method.StepsWithoutTime.Count);
        Assert.Null(method.StatedTotalMinutes);
    }

    [Fact]
    public void A_method_whose_source_has_no_purpose_loads_with_an_empty_purpose()
    {
        // Balint's only candidate sentence is history ("... ontwikkelde hij groepsgesprekken"), not a purpose.
        string[] withoutPurpose = ["balint-methode", "oplossingsgerichte-methode"];
        Assert.Equal(withoutPurpose, data.Data.Methods.Where(m => m.Purpose == "").Select(m => m.Id));
    }

    [Fact]
    public void Markdown_fields_keep_their_text_unchanged()
    {
        var description = data.Method("vissenkom").Steps[3].RoleInstructions.Single(r => r.RoleId == "binnengroep").Text;
        Assert.Contains("\n\n- Bespreek reacties op de adviezen van de buitengroep.\n", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_banks_have_questions_and_closing_text()
    {
        var bank = data.Data.FindQuestionBank("zelf-intervisietest")!;
        Assert.Equal(11, bank.Questions.Count);
        Assert.StartsWith("Kijk eens rustig naar dit lijstje.", bank.Closing);
        Assert.Empty(bank.Groups);
        Assert.Null(bank.Introduction);
        Assert.Equal("De inbrenger leest de adviezen door en stelt informatieve vragen.\n", data.Data.FindQuestionBank("doorvragen-voorbeeldvragen")!.Introduction);
    }

    [Fact]
    public void Smart_text_has_one_section_per_letter_and_the_example_action()
    {
        var smart = data.Data.FindText("smart")!;

        Assert.Equal(TextKind.Examples, smart.Kind);
        Assert.StartsWith("‘ik ga met mijn leidinggevende overleggen", smart.ExampleAction);
        Assert.Equal(["S", "M", "A", "R", "T", null], smart.Sections.Select(s => s.Letter));
        Assert.Equal("Tijdgebonden", smart.Sections[4].Title);
        Assert.Null(smart.Sections[4].Text);
        Assert.Equal(4, smart.Sections[4].Questions.Count);
        Assert.StartsWith("Maandag.", smart.Sections[4].Example);
    }

    [Fact]
    public void Texts_keep_kind_numbering_and_items()
    {
        var rules = data.Data.FindText("basisregels")!;
        Assert.Equal(TextKind.Rules, rules.Kind);
        var section = Assert.Single(rules.Sections);
        Assert.True(section.Numbered);
        Assert.Equal(8, section.Items.Count);
        Assert.Equal(TextKind.Explanation, data.Data.FindText("goede-casus")!.Kind);
    }

    [Fact]
    public void A_method_and_a_question_bank_may_share_an_id()
    {
        Assert.NotNull(data.Data.FindMethod("dominante-ideeen"));
        Assert.NotNull(data.Data.FindQuestionBank("dominante-ideeen"));
    }

    [Theory]
    [InlineData("reflecting-team", false)]
    [InlineData("luisteroefening", false)]
    [InlineData("vissenkom", true)]
    [InlineData("stappenplan", true)]
    [InlineData("krachtenveldanalyse", true)]
    public void Group_sizes_the_source_does_not_give_are_marked_as_guideline(string id, bool guideline) =>
        Assert.Equal(guideline, data.Method(id).GroupSize.IsGuideline);
}
