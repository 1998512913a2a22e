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
