namespace IntervisieDocs.Tests;

/// <summary>
/// Paths in the source tree. Tests read data and golden files from there rather than from copies
/// in the output folder, so a received file lands next to the file it should replace.
/// </summary>
internal static class RepoPaths
{
    private const string SolutionFile = "IntervisieDocs.sln";

    public static string Root { get; } = FindRoot();

    public static string Methods => Path.Join(Root, "methods");

    public static string TestProject => Path.Join(Root, "tests", "IntervisieDocs.Tests");

    /// <summary>The git-ignored output folder, where end-to-end tests leave PDFs to look at.</summary>
    public static string Output => Path.Join(Root, "output");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, SolutionFile)))
                return directory.FullName;
        }

        throw new InvalidOperationException($"{SolutionFile} not found above {AppContext.BaseDirectory}");
    }
}
