using CsCheck;

namespace IntervisieDocs.Tests.Hostile;

/// <summary>
/// The shipped method files, mutated at random the way hands and editors damage files (a line lost,
/// doubled, moved or shifted, characters typed or deleted, the file cut off): making the handout of
/// the damaged method ends in exit 0 with a PDF or exit 2 with a Dutch message on stderr — never
/// exit 1, never a stack trace, never a hang.
/// </summary>
public sealed class MutationPropertyTests
{
    private const string Typed = " \t\n:-[]{}'\"&*!#|>,?%@`~\\aé0";

    private static readonly string[] Methods = [.. Directory.EnumerateFiles(Path.Join(RepoPaths.Root, "methods"), "*.yaml").Order(StringComparer.Ordinal)];

    [Fact]
    public void A_damaged_method_file_gives_exit_0_or_2_never_1()
    {
        using var workspace = new HostileWorkspace();
        var mutation = Gen.Select(Gen.Int[0, Methods.Length - 1], Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Char[Typed]);
        mutation.Sample((file, kind, a, b, typed) =>
        {
            var id = Path.GetFileNameWithoutExtension(Methods[file]);
            var damaged = Damage(File.ReadAllText(Methods[file]), kind, a, b, typed);
            workspace.Write($"methods/{id}.yaml", damaged);
            var result = workspace.Run("handout", id, "-o", "output/p.pdf");
            File.Copy(Methods[file], workspace.PathOf($"methods/{id}.yaml"), overwrite: true);

            HostileWorkspace.AssertClean(result);
            Assert.True(result.ExitCode is 0 or 2, $"exit {result.ExitCode} voor {id} ({kind}, {a}, {b}, '{typed}'):\n{result.Error}");
            Assert.True(result.ExitCode == 0 || result.Error.Contains("fout:", StringComparison.Ordinal), result.Error);
        }, iter: 100, threads: 1);
    }

    private static string Damage(string text, int kind, int a, int b, char typed)
    {
        var lines = text.Split('\n').ToList();
        var line = a % lines.Count;
        var other = b % lines.Count;
        switch (kind)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[other]);
                break;
            case 2:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 3:
                lines[line] = "  " + lines[line];
                break;
            case 4:
                lines[line] = lines[line].TrimStart();
                break;
            case 5:
                return text.Insert(a % (text.Length + 1), new string(typed, 1 + b % 3));
            case 6:
                var start = a % text.Length;
                return text.Remove(start, Math.Min(1 + b % 20, text.Length - start));
            default:
                return text[..(a % text.Length)];
        }

        return string.Join('\n', lines);
    }
}
