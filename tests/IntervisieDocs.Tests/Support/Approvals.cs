using System.Text;

namespace IntervisieDocs.Tests.Support;

/// <summary>
/// Approval ("golden file") checks: compares text with <c>&lt;name&gt;.verified.txt</c> in a source
/// folder. On a difference, or when nothing was verified yet, writes <c>&lt;name&gt;.received.txt</c>
/// beside it and fails; a human diffs the two and renames received to verified to accept.
/// Never accepts by itself.
/// </summary>
internal static class Approvals
{
    /// <param name="folder">Relative to the repository root, e.g. "tests/IntervisieDocs.Tests/Markdown/Approved" (or absolute).</param>
    public static void Verify(string name, string actual, string folder)
    {
        var directory = Path.Combine(RepoPaths.Root, folder);
        var verified = Path.Combine(directory, name + ".verified.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        actual = Normalize(actual);

        if (File.Exists(verified))
        {
            var expected = Normalize(File.ReadAllText(verified, Encoding.UTF8));
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            Assert.Fail($"{name}: result differs from {verified}. {FirstDifference(expected, actual)}\n" +
                        $"Compare with {received}; if the new result is right, rename it to {Path.GetFileName(verified)}.");
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail($"{name}: nothing verified yet. Check {received} and rename it to {Path.GetFileName(verified)} to accept it.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"First difference at line {i + 1}:\n  verified: {left}\n  received: {right}";
            }
        }

        return "";
    }
}
