using System.Diagnostics;
using System.Text;
using CsCheck;
using IntervisieDocs.Loading;
using IntervisieDocs.Loading.Readers;
using IntervisieDocs.Loading.Yaml;

namespace IntervisieDocs.Tests.Loading;

/// <summary>Whatever a data file contains, the loader answers with diagnostics, quickly, and never throws.</summary>
public sealed class HostileInputTests
{
    private const string YamlCharacters = " \n\t:-[]{}'\"&*!#|>,?%@`~\\abcé019";

    [Fact]
    public void An_alias_bomb_is_refused_within_a_second()
    {
        var stopwatch = Stopwatch.StartNew();
        var result = DataLoader.Load(Path.Join(RepoPaths.TestProject, "Corpus", "bad", "alias-bomb", "methods"));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.Contains("ankers (&a) worden niet ondersteund", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_one_megabyte_is_refused_unread()
    {
        using var folder = new TempMethodsFolder();
        var file = folder.Write("groot.yaml", Encoding.UTF8.GetBytes("id: groot\n# " + new string('x', 1024 * 1024)));

        var diagnostic = Assert.Single(DataLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(file, diagnostic.File);
        Assert.Equal(0, diagnostic.Line);
        Assert.Equal($"bestand is te groot ({1024 * 1024 + 12} bytes; hoogstens 1048576 bytes)", diagnostic.Message);
    }

    [Fact]
    public void A_million_open_brackets_are_refused_at_depth_33_within_a_second()
    {
        using var folder = new TempMethodsFolder();
        folder.Write("diep.yaml", Encoding.UTF8.GetBytes(new string('[', 1_000_000)));

        var stopwatch = Stopwatch.StartNew();
        var diagnostic = Assert.Single(DataLoader.Load(folder.Path).Diagnostics);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.Equal((1, 33, "te diep genest (meer dan 32 niveaus)"), (diagnostic.Line, diagnostic.Column, diagnostic.Message));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused()
    {
        using var folder = new TempMethodsFolder();
        folder.Write("latin1.yaml", [.. "id: latin1\ntitel: Idee"u8, 0xEB, (byte)'n', (byte)'\n']);

        var diagnostic = Assert.Single(DataLoader.Load(folder.Path).Diagnostics);

        Assert.Equal("bestand is geen geldige UTF-8-tekst (misschien Latin-1 of Windows-1252); sla het op als UTF-8", diagnostic.Message);
        Assert.Equal((2, 12), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_file_reports_at_most_a_hundred_problems_including_cross_file_ones()
    {
        using var folder = new TempMethodsFolder();
        var steps = string.Concat(Enumerable.Range(0, 150).Select(i => $"  - {{titel: s, vragen: [onbekend-{i}]}}\n"));
        folder.Write("veel.yaml", Encoding.UTF8.GetBytes($"id: veel\nstappen:\n{steps}"));

        var diagnostics = DataLoader.Load(folder.Path).Diagnostics;

        Assert.Equal(DiagnosticCollector.MaxPerFile + 1, diagnostics.Count);
        Assert.Equal("meer dan 100 problemen; alleen de eerste 100 zijn gemeld", diagnostics[0].Message);
        Assert.Contains(diagnostics, d => d.Message.StartsWith("onbekende vragenlijst", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(YamlLimits.MaxScalarLength, false)]
    [InlineData(YamlLimits.MaxScalarLength + 1, true)]
    public void Scalars_up_to_the_limit_are_accepted(int length, bool refused)
    {
        var diagnostics = new DiagnosticCollector("x.yaml");
        var root = YamlTreeReader.Read($"tekst: {new string('a', length)}\n", diagnostics);

        Assert.Equal(refused, root is null);
        Assert.Equal(refused, diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("a: [b\n?", 1, 4)]
    [InlineData("?\t[@\n%", 1, 1)]
    public void Input_on_which_the_yaml_parser_itself_fails_is_reported_as_invalid_yaml(string text, int line, int column)
    {
        var diagnostics = new DiagnosticCollector("x.yaml");

        Assert.Null(YamlTreeReader.Read(text, diagnostics));
        var diagnostic = Assert.Single(diagnostics.Diagnostics);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("ongeldige YAML: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_yaml_like_text_never_throws() =>
        Gen.Char[YamlCharacters].Array[0, 300].Select(chars => new string(chars)).Sample(ReadAsEveryKind, iter: 5_000);

    [Fact]
    public void Random_characters_never_throw() =>
        Gen.Char.Array[0, 100].Select(chars => new string(chars)).Sample(ReadAsEveryKind, iter: 2_000);

    [Fact]
    public void Damaged_real_files_never_throw()
    {
        var texts = Directory.GetFiles(RepoPaths.Methods, "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText).ToArray();
        var edits = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Char[YamlCharacters + "\0"]).Array[1, 6];

        Gen.Select(Gen.Int[0, texts.Length - 1], edits).Sample((index, changes) =>
        {
            var text = new StringBuilder(texts[index]);
            foreach (var (position, character) in changes)
            {
                // '\0' stands for deleting a character; anything else is inserted.
                var at = position % (text.Length + 1);
                if (character == '\0' && at < text.Length)
                    text.Remove(at, 1);
                else if (character != '\0')
                    text.Insert(at, character);
            }

            ReadAsEveryKind(text.ToString());
        }, iter: 1_000);
    }

    private static void ReadAsEveryKind(string text)
    {
        var diagnostics = new DiagnosticCollector("x.yaml");
        if (YamlTreeReader.Read(text, diagnostics) is not { } root)
        {
            Assert.True(diagnostics.HasErrors);
            return;
        }

        MethodReader.Read(root, "x", diagnostics);
        QuestionBankReader.Read(root, "x", diagnostics);
        TextDocumentReader.Read(root, "x", diagnostics);
        Assert.All(diagnostics.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
    }
}
