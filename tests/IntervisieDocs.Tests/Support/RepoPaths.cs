namespace IntervisieDocs.Tests.Support;

/// <summary>Where the repository is, seen from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Output => Path.Combine(Root, "output");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntervisieDocs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IntervisieDocs.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
