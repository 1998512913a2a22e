namespace IntervisieDocs.Web.Tests;

/// <summary>Paths in the source tree (the data and templates the site serves, and output/ for files to look at).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Methods => Path.Join(Root, "methods");

    public static string Templates => Path.Join(Root, "templates");

    public static string Output => Path.Join(Root, "output");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "IntervisieDocs.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"IntervisieDocs.sln not found above {AppContext.BaseDirectory}");
    }
}
