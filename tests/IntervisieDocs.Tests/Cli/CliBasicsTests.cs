
namespace IntervisieDocs.Tests.Cli;

public sealed class CliBasicsTests
{
    [Fact]
    public void Unknown_verb_is_bad_input_with_a_dutch_message()
    {
        var result = CliRunner.Run(RepoPaths.Root, "bestaatniet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende opdracht of optie 'bestaatniet'", result.Output);
    }

    [Fact]
    public void Help_lists_the_program()
    {
        var result = CliRunner.Run(RepoPaths.Root, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("IntervisieDocs", result.Output);
    }
}
