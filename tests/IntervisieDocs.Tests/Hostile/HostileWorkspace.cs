using System.Text;
using System.Text.RegularExpressions;
using IntervisieDocs.Tests.Cli;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// A throw-away copy of methods/ and templates/ with a small method of its own (proef) and a previous
/// output file, to run the command line against hostile input. <see cref="Refused"/> and
/// <see cref="Accepted"/> assert what every case of the suite must hold: the exit code, a Dutch message
/// on stderr naming the file (and line), no stack trace and no library English, the previous output
/// untouched, no temporary files left, and no hang (a timeout).
/// </summary>
internal sealed partial class HostileWorkspace : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public const string Method = """
        id: proef
        titel: Proefmethode
        doel: Een methode om het lezen te beproeven.
        bron: "Eigen werk"
        seed: "004"
        groepsgrootte: { min: 3, max: 6 }
        rollen:
          - id: inbrenger
            naam: Inbrenger
            beschrijving: brengt de casus in
        materialen: [Flap]
        tags: [analyse]
        voor_beginners: true
        stappen:
          - titel: Voorbereiding
            minuten: 10
            beschrijving: |
              Bedenk een casus.
          - titel: Rondvraag
            minuten: 15
            beschrijving: Ieder stelt een vraag.
            vragen: [gouden-vragen]

        """;

    public const string Session = """
        groep: Intervisiegroep Noord
        datum: 2026-12-03
        begintijd: 13:30
        eindtijd: 15:00
        locatie: Zaal 2
        methode: proef
        gespreksleider: Marieke
        inbrenger: Sanne
        deelnemers: [Marieke, Sanne, Ahmed, Joost]

        """;

    /// <summary>What the previous run left, so that a failing run can be seen to leave it alone.</summary>
    public static readonly byte[] PreviousPdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% de vorige uitvoer\n%%EOF\n");

    private readonly Sandbox _sandbox = new();
    private readonly List<string> _previous = [];

    public HostileWorkspace()
    {
        Write("methods/proef.yaml", Method);
        Write("sessie.yaml", Session);
    }

    public string Root => _sandbox.Root;

    public string PathOf(string relative) => _sandbox.PathOf(relative);

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Puts a previous output file at <paramref name="relative"/>; <see cref="Refused"/> checks it is unchanged.</summary>
    public string Previous(string relative = "output/handout-proef.pdf")
    {
        var path = Write(relative, PreviousPdf);
        _previous.Add(path);
        return path;
    }

    public CliRunner.Result Run(params string[] args)
    {
        var before = Files();
        var result = Concurrently(1, () => CliRunner.Run(Root, args))[0];
        Assert.DoesNotContain(Files().Except(before), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain(Files(), f => TempName().IsMatch(Path.GetFileName(f)));
        return result;
    }

    /// <summary>Runs <paramref name="run"/> <paramref name="count"/> times at once; fails when any hangs.</summary>
    public static T[] Concurrently<T>(int count, Func<T> run)
    {
        var tasks = Enumerable.Range(0, count).Select(_ => Task.Run(run)).ToArray();
        Assert.True(Task.WaitAll(tasks, Timeout), $"geen antwoord binnen {Timeout.TotalSeconds} s");
        return [.. tasks.Select(t => t.Result)];
    }

    /// <summary>Exit 2 with a Dutch error naming <paramref name="place"/> ("file" or "file:line"); nothing written, nothing lost.</summary>
    public CliRunner.Result Refused(string place, string? message, params string[] args)
    {
        var before = Files();
        var result = Run(args);
        var error = ErrorOf(result);
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}, verwacht 2:\n{error}");
        Assert.True(error.Contains("fout:", StringComparison.Ordinal), $"geen 'fout:' in:\n{error}");
        Assert.True(error.Contains(place, StringComparison.Ordinal), $"'{place}' niet in:\n{error}");
        Assert.True(message is null || error.Contains(message, StringComparison.Ordinal), $"'{message}' niet in:\n{error}");

        AssertClean(result);
        Assert.Equal(before, Files());
        foreach (var previous in _previous)
        {
            Assert.Equal(PreviousPdf, File.ReadAllBytes(previous));
        }

        return result;
    }

    /// <summary>Exit 0, the output written as a complete PDF, no error text.</summary>
    public CliRunner.Result Accepted(string output, params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}, verwacht 0:\n{ErrorOf(result)}");
        AssertClean(result);
        var bytes = File.ReadAllBytes(PathOf(output));
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", Encoding.ASCII.GetString(bytes[^6..]), StringComparison.Ordinal);
        return result;
    }

    /// <summary>What the user reads of an error: stderr.</summary>
    public static string ErrorOf(CliRunner.Result result) => result.Error;

    /// <summary>No stack trace, no .NET or library English.</summary>
    public static void AssertClean(CliRunner.Result result)
    {
        var text = result.All;
        Assert.DoesNotContain("fout:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("waarschuwing:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(English(), text);
    }

    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFileSystemEntries(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal)];

    public void Dispose() => _sandbox.Dispose();

    /// <summary>Phrases of .NET, YamlDotNet, Markdig, Scriban and System.CommandLine messages.</summary>
    [GeneratedRegex(@"Exception|While (scanning|parsing)|Did not find|Expected |Could not|could not be|Access to the path|is denied|not found|No such file|Invalid|Unhandled|too deeply|depth limit|Unrecognized|Required argument|Cannot parse|Scriban|<input>|was not found|Object reference")]
    private static partial Regex English();

    [GeneratedRegex(@"^\..+\.[0-9]+(-[0-9]+)?\.tmp$")]
    private static partial Regex TempName();
}
