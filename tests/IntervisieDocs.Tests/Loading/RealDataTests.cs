using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Loading;

public sealed class RealDataTests(RealDataFixture data) : IClassFixture<RealDataFixture>
{
    [Fact]
    public void Loads_without_errors()
    {
        Assert.DoesNotContain(data.Result.Diagnostics, d => d.IsError);
        Assert.NotNull(data.Result.Data);
    }

    [Fact]
    public void Loads_every_file()
    {
        Assert.Equal(19, data.Data.Methods.Count);
        Assert.Equal(11, data.Data.QuestionBanks.Count);
        Assert.Equal(18, data.Data.Texts.Count);
    }

    [Fact]
    public void Warns_exactly_about_the_sources_that_disagree_with_themselves()
    {
        string[] expected =
        [
            "methods/balint-methode.yaml:67:5: waarschuwing: stap 4 ('Gesprekleider') heeft geen tijd, de andere stappen wel; het totaal telt deze stap niet mee",
            "methods/snelle-adviesrondes.yaml:21:22: waarschuwing: stappen tellen op tot 20 min, de bron noemt 15 min (stap 2–6 herhalen per onderwerp, samen 15 min)",
            "methods/socratische-methode.yaml:45:22: waarschuwing: stappen tellen op tot 100 min, de bron noemt 75 min (stap 6 en 13 zijn optioneel, zonder die stappen 80 min)",
        ];

        Assert.Equal(expected, data.Result.Diagnostics.Select(RealDataFixture.Relative));
    }

    [Fact]
    public void Methods_are_in_file_name_order_and_ids_equal_file_names()
    {
        var files = Directory.GetFiles(RepoPaths.Methods, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, data.Data.Methods.Select(m => m.Id));
    }

    [Fact]
    public void Every_question_bank_reference_resolves()
    {
        var references = data.Data.Methods.SelectMany(m => m.Steps).SelectMany(s => s.QuestionBankIds).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, id => Assert.NotNull(data.Data.FindQuestionBank(id)));
    }

    [Fact]
    public void Every_role_instruction_names_a_role_of_its_method()
    {
        foreach (var method in data.Data.Methods)
        {
            foreach (var instruction in method.Steps.SelectMany(s => s.RoleInstructions))
                Assert.NotNull(method.FindRole(instruction.RoleId));
        }
    }

    [Fact]
    public void Loading_twice_gives_equal_data()
    {
        var again = IntervisieDocs.Loading.DataLoader.Load(RepoPaths.Methods).Data;
        Assert.Equal(data.Data, again);
        Assert.Equal(data.Data.GetHashCode(), again!.GetHashCode());
    }
}
