using System.Text.RegularExpressions;

namespace IntervisieDocs.Tests.Architecture;

/// <summary>
/// Pins which folders (= namespaces) of <c>src/IntervisieDocs</c> may use which. The folders follow the
/// pipeline (ARCHITECTURE.md); a dependency that is not listed here is an error naming the file and line,
/// so a new one is a deliberate change of this table, not an accident.
/// </summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>The allowed graph. It has no cycles (<see cref="Allowed_graph_has_no_cycles"/>).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Model"] = [],
        ["Files"] = [],
        ["Output"] = ["Files"],
        ["Typography"] = [],
        ["Layout"] = ["Typography"],
        ["Loading"] = ["Files", "Model"],
        ["Templating"] = ["Files", "Model"],
        ["Markdown"] = ["Layout", "Typography"],
        ["Pdf"] = ["Layout"],
        ["Sessions"] = ["Files", "Loading", "Model"],
        ["Products"] = ["Layout", "Markdown", "Model", "Pdf", "Sessions", "Templating", "Typography"],
    };

    /// <summary>
    /// Dependencies that exist today but are not in the target graph above; the work that removes them
    /// (issue 9: the session file no longer borrows a worksheet constant, templates get a model without
    /// the loader's types) deletes its line here. An exception that no longer occurs fails the test, so
    /// this list cannot outlive its reason.
    /// </summary>
    private static readonly (string From, string To, string Why)[] KnownExceptions =
    [
    ];

    private static string Source => Path.Join(RepoPaths.Root, "src", "IntervisieDocs");

    [Fact]
    public void Every_folder_uses_only_the_folders_it_may()
    {
        var known = KnownExceptions.Select(e => (e.From, e.To)).ToHashSet();
        var violations = new List<string>();
        var seenExceptions = new HashSet<(string, string)>();
        foreach (var (folder, file, line, target) in Dependencies())
        {
            if (Allowed[folder].Contains(target))
            {
                continue;
            }

            if (known.Contains((folder, target)))
            {
                seenExceptions.Add((folder, target));
                continue;
            }

            violations.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{line}: {folder} → {target}");
        }

        var stale = KnownExceptions.Where(e => !seenExceptions.Contains((e.From, e.To)))
            .Select(e => $"{e.From} → {e.To} no longer occurs: delete it from KnownExceptions");
        var problems = violations.Concat(stale).ToList();
        Assert.True(problems.Count == 0, "Dependencies outside the allowed graph:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_folder_is_in_the_graph_and_every_file_in_its_folders_namespace()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj")).ToList();
        Assert.Equal(Allowed.Keys.Order(), folders.Order()!);

        var wrong = new List<string>();
        foreach (var file in SourceFiles())
        {
            var folder = FolderOf(file);
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file));
            var expected = "IntervisieDocs." + folder;
            if (!declared.Success || (declared.Groups[1].Value != expected && !declared.Groups[1].Value.StartsWith(expected + ".", StringComparison.Ordinal)))
            {
                wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: namespace {(declared.Success ? declared.Groups[1].Value : "?")}, expected {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Allowed_graph_has_no_cycles()
    {
        var state = new Dictionary<string, int>();
        bool Cyclic(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                return s == 1;
            }

            state[node] = 1;
            var cyclic = Allowed[node].Any(Cyclic);
            state[node] = 2;
            return cyclic;
        }

        Assert.DoesNotContain(Allowed.Keys, Cyclic);
    }

    [Theory]
    [InlineData("using IntervisieDocs.Pdf;", "Pdf")]
    [InlineData("using static IntervisieDocs.Layout.Units;", "Layout")]
    [InlineData("using Page = IntervisieDocs.Layout.PageSetup;", "Layout")]
    [InlineData("var m = new IntervisieDocs.Pdf.TextMeasurer();", "Pdf")]
    [InlineData("public const int Max = Products.Worksheets.WorksheetOptions.MaxNameLength;", "Products")]
    [InlineData("renderer.Add(new Layout.KeepTogether(box));", "Layout")]
    public void Scanner_finds_a_using_a_qualified_and_a_partly_qualified_name(string code, string target) =>
        Assert.Equal([target], ReferencedFolders(code));

    [Theory]
    [InlineData("var layout = MarkdownLayout.Render(x);")]
    [InlineData("page.Layout.Width")]
    [InlineData("namespace IntervisieDocs.Pdf;")]
    [InlineData("// the Layout. Then more")]
    public void Scanner_ignores_lookalikes(string code) => Assert.Empty(ReferencedFolders(code));

    private static IEnumerable<(string Folder, string File, int Line, string Target)> Dependencies()
    {
        foreach (var file in SourceFiles())
        {
            var folder = FolderOf(file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var target in ReferencedFolders(lines[i]).Where(t => t != folder))
                {
                    yield return (folder, file, i + 1, target);
                }
            }
        }
    }

    /// <summary>
    /// The folders one line of code names: <c>using IntervisieDocs.X…</c>, <c>IntervisieDocs.X.Type</c>,
    /// and <c>X.Type</c>, which inside any <c>IntervisieDocs.*</c> namespace resolves to the folder X.
    /// </summary>
    private static IEnumerable<string> ReferencedFolders(string line)
    {
        if (NamespaceDeclaration().IsMatch(line))
        {
            return [];
        }

        var names = string.Join('|', Allowed.Keys);
        var qualified = Regex.Matches(line, $@"\bIntervisieDocs\.({names})\b").Select(m => m.Groups[1].Value);
        var partly = Regex.Matches(line, $@"(?<![\w.])({names})\.(?=[A-Z])").Select(m => m.Groups[1].Value);
        return qualified.Concat(partly).Distinct();
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FolderOf(string file) =>
        Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar)[0];

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
