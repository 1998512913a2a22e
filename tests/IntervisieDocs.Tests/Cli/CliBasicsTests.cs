using System.CommandLine;
using IntervisieDocs.Cli;
using IntervisieDocs.Cli.Help;

namespace IntervisieDocs.Tests.Cli;

/// <summary>The conventions of the command line: Dutch help, Dutch parse errors with suggestions, and the streams.</summary>
public sealed class CliBasicsTests
{
    // Words System.CommandLine's own help and errors use; none may reach the user.
    private static readonly string[] English = ["Usage", "Options", "Commands", "Arguments", "Description", "Show help", "Show version", "Required", "Unrecognized", "provided", "Cannot parse"];

    [Fact]
    public void A_mistyped_verb_exits_2_with_a_suggestion_on_stderr_and_nothing_on_stdout()
    {
        var result = CliRunner.Run(RepoPaths.Root, "schatkits");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("fout: onbekende opdracht 'schatkits' — bedoelde je 'schatkist'? (zie 'intervisie help')\n", result.Error);
    }

    [Fact]
    public void An_unknown_verb_far_from_any_gets_no_suggestion()
    {
        var result = CliRunner.Run(RepoPaths.Root, "bestaatniet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende opdracht 'bestaatniet' (zie 'intervisie help')", result.Error);
        Assert.DoesNotContain("bedoelde", result.Error);
    }

    [Theory]
    [InlineData("--uitvoe", "--uitvoer")]
    [InlineData("--markdwon", "--markdown")]
    [InlineData("--gegevnes", "--gegevens")]
    public void A_mistyped_option_gets_a_suggestion(string typed, string meant)
    {
        var result = CliRunner.Run(RepoPaths.Root, "handout", "vissenkom", typed, "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"fout: onbekende optie '{typed}' — bedoelde je '{meant}'? (zie 'intervisie help handout')\n", result.Error);
    }

    [Theory]
    [InlineData(new[] { "werkblad", "casus", "--aantal", "drie" }, "fout: 'drie' is geen geldige waarde voor '--aantal': verwacht een geheel getal")]
    [InlineData(new[] { "handout" }, "fout: argument ontbreekt: <methode> bij 'intervisie handout' (zie 'intervisie help handout')")]
    [InlineData(new[] { "handout", "vissenkom", "-o" }, "fout: optie '-o' heeft een waarde nodig")]
    [InlineData(new[] { "methoden", "extra" }, "fout: onverwacht argument 'extra' bij 'intervisie methoden' (zie 'intervisie help methoden')")]
    public void Parse_errors_are_dutch(string[] args, string message)
    {
        var result = CliRunner.Run(RepoPaths.Root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith(message, result.Error);
        Assert.DoesNotContain(English, word => result.Error.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Without_a_verb_and_with_help_the_program_explains_itself(params string[] args)
    {
        var result = CliRunner.Run(RepoPaths.Root, args);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith("IntervisieDocs — ", result.Output);
        Assert.Contains("Gebruik:\n  intervisie <opdracht> [opties]", result.Output);
        Assert.Contains("Opdrachten:", result.Output);
        Assert.Contains("  schatkist ", result.Output);
        Assert.Contains("Voorbeelden:", result.Output);
    }

    [Fact]
    public void Help_of_an_unknown_verb_suggests_one()
    {
        var result = CliRunner.Run(RepoPaths.Root, "help", "hendout");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("onbekende opdracht 'hendout' — bedoelde je 'handout'?", result.Error);
    }

    public static TheoryData<string> Verbs() => [.. Root().Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_verb_has_dutch_help_with_an_example(string verb)
    {
        foreach (var args in new[] { new[] { verb, "--help" }, ["help", verb] })
        {
            var result = CliRunner.Run(RepoPaths.Root, args);
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith($"intervisie {verb} — ", result.Output);
            Assert.Contains("Gebruik:\n  intervisie " + verb, result.Output);
            Assert.Matches(@"Voorbeelden?:\n  intervisie " + verb, result.Output);
            Assert.DoesNotContain(English, word => result.Output.Contains(word, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_option_of_every_verb_has_a_dutch_description_and_dutch_long_name()
    {
        var root = Root();
        foreach (var option in root.Subcommands.SelectMany(c => c.Options).Concat(root.Options))
        {
            Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Name);
            Assert.DoesNotContain(English, word => option.Description!.Contains(word, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_shared_options_carry_the_names_the_documents_use()
    {
        var help = CliRunner.Run(RepoPaths.Root, "handout", "--help").Output;
        Assert.Contains("  -o, --uitvoer <PAD>", help);
        Assert.Contains("  --gegevens <MAP>", help);
        Assert.Contains("  --sjablonen <MAP>", help);
        Assert.DoesNotContain("--templates", help);
    }

    [Fact]
    public void Help_on_a_pipe_is_not_wrapped()
    {
        var help = CliRunner.Run(RepoPaths.Root, "werkblad", "--help").Output;
        var line = help.Split('\n').Single(l => l.StartsWith("  <soort>", StringComparison.Ordinal));
        Assert.EndsWith("evaluatie", line);
    }

    [Fact]
    public void Help_on_a_terminal_wraps_at_its_width_between_words()
    {
        var output = new StringWriter();
        var terminal = new Terminal(output, new StringWriter(), OutIsTerminal: true, ErrIsTerminal: true, Colour: false, Width: 60);
        Assert.Equal(0, CliApp.Run(["werkblad", "--help"], terminal, RepoPaths.Root));
        var lines = output.ToString().Split('\n');
        Assert.All(lines.Where(l => !l.StartsWith("  intervisie", StringComparison.Ordinal)), l => Assert.True(l.Length <= 60, l));
        Assert.Contains(lines, l => l.Trim() == "evaluatie" || l.EndsWith(" evaluatie", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_are_coloured_only_on_a_colour_terminal()
    {
        var plain = CliRunner.Run(RepoPaths.Root, "schatkits").Error;
        Assert.DoesNotContain("\u001b", plain);

        var error = new StringWriter();
        var terminal = new Terminal(new StringWriter(), error, OutIsTerminal: true, ErrIsTerminal: true, Colour: true, Width: 80);
        CliApp.Run(["schatkits"], terminal, RepoPaths.Root);
        Assert.StartsWith("\u001b[31mfout:\u001b[0m onbekende opdracht", error.ToString());
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("1", null, false)]
    [InlineData("", null, true)]
    [InlineData(null, "dumb", false)]
    [InlineData(null, "xterm-256color", true)]
    public void No_color_and_a_dumb_terminal_turn_colour_off(string? noColor, string? term, bool colour)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };
        Assert.Equal(colour, Terminal.ColourAllowed(name => environment[name]));
    }

    [Theory]
    [InlineData("intervisie handout viss", "vissenkom")]
    [InlineData("intervisie werkblad kr", "krachtenveld")]
    [InlineData("intervisie kaarten --vragen goud", "gouden-vragen")]
    [InlineData("intervisie werkblad evaluatie --methode refl", "reflecting-team")]
    [InlineData("intervisie help wer", "werkblad")]
    public void The_shell_completes_method_ids_worksheet_kinds_and_question_banks(string line, string expected)
    {
        var result = CliRunner.Run(RepoPaths.Root, $"[suggest:{line.Length}]", line);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output.Split('\n'));
    }

    private static RootCommand Root() => CliApp.Build(new CliContext(Terminal.Plain(new StringWriter(), new StringWriter()), RepoPaths.Root));
}
