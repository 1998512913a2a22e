namespace IntervisieDocs.Tests.Cli;

/// <summary>Every product ends with how to print it: paper, sides with the flip as printer dialogs name it, 100 %.</summary>
public sealed class PrintGuidanceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("afdrukken").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("handout vissenkom", "afdrukken: A4 op ware grootte (100 %")]
    [InlineData("werkblad casus", "enkelzijdig")]
    [InlineData("kaarten vissenkom --achterkant", "dubbelzijdig met omslaan via lange zijde")]
    [InlineData("schatkist", "A5-papier op ware grootte (100 %")]
    [InlineData("schatkist --boekje", "dubbelzijdig met omslaan via korte zijde; de stapel in het midden vouwen en in de vouw nieten")]
    public void After_every_product_the_output_says_how_to_print_it(string arguments, string guidance)
    {
        var result = CliRunner.Run(RepoPaths.Root, [.. arguments.Split(' '), "-o", Path.Join(_dir, "uit.pdf")]);
        Assert.True(result.ExitCode == 0, result.All);
        var last = result.Output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith(arguments.StartsWith("kaarten", StringComparison.Ordinal) ? "afdrukken: A4" : "afdrukken:", last);
        Assert.Contains(guidance, last);
        Assert.Contains("100 %", last);
        Assert.Equal("", result.Error);
    }
}
