using IntervisieDocs.Loading;

namespace IntervisieDocs.Tests.Loading;

/// <summary>
/// Golden-file tests: each folder under Corpus/bad is a small methods folder (<c>methods/</c>)
/// with the diagnostics expected for it in <c>expected.txt</c>, one per line, in order. A case is
/// added by adding a folder. On a mismatch the harness writes <c>expected.received.txt</c> beside
/// it; after checking it line by line, rename it to <c>expected.txt</c> to accept.
/// </summary>
public sealed class CorpusTests
{
    private const string ExpectedFile = "expected.txt";
    private const string ReceivedFile = "expected.received.txt";

    private static string CorpusDirectory => Path.Join(RepoPaths.TestProject, "Corpus", "bad");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(CorpusDirectory).Order(StringComparer.Ordinal))
            cases.Add(Path.GetFileName(directory));
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_data_gives_exactly_the_expected_diagnostics(string caseName)
    {
        var caseDirectory = Path.Join(CorpusDirectory, caseName);
        var expectedPath = Path.Join(caseDirectory, ExpectedFile);
        var receivedPath = Path.Join(caseDirectory, ReceivedFile);

        var result = DataLoader.Load(Path.Join(caseDirectory, "methods"));
        var received = Format(result.Diagnostics, caseDirectory);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : "";

        if (received != expected)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"""
                Diagnostics for corpus case '{caseName}' differ.
                --- expected ({expectedPath})
                {expected}
                +++ received ({receivedPath})
                {received}
                Check the received lines; to accept them: mv {receivedPath} {expectedPath}
                """);
        }

        File.Delete(receivedPath);
        Assert.Equal(received.Contains(": fout: ", StringComparison.Ordinal), result.HasErrors);
        Assert.Equal(result.HasErrors, result.Data is null);
    }

    [Fact]
    public void Every_case_expects_at_least_one_diagnostic()
    {
        var empty = Directory.GetDirectories(CorpusDirectory)
            .Where(d => !File.Exists(Path.Join(d, ExpectedFile)) || File.ReadAllText(Path.Join(d, ExpectedFile)).Trim().Length == 0)
            .Select(Path.GetFileName);
        Assert.Empty(empty);
    }

    /// <summary>Paths relative to the case folder with forward slashes, so golden files hold on any machine.</summary>
    private static string Format(IEnumerable<Diagnostic> diagnostics, string caseDirectory)
    {
        var prefix = caseDirectory + Path.DirectorySeparatorChar;
        var lines = diagnostics.Select(d =>
        {
            var line = d.ToString().Replace(prefix, "", StringComparison.Ordinal);
            return Path.DirectorySeparatorChar == '/' ? line : line.Replace(Path.DirectorySeparatorChar, '/');
        });
        return string.Concat(lines.Select(l => l + "\n"));
    }
}
