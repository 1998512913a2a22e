namespace IntervisieDocs.Tests.Support;

/// <summary>Sample input files kept next to the tests that use them.</summary>
internal static class Samples
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "IntervisieDocs.Tests", relativePath));
}
