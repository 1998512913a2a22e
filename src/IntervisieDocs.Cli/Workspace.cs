namespace IntervisieDocs.Cli;

/// <summary>
/// The folders a run works with: the data (methods/), the product's templates (templates/), an
/// optional folder of the user's own templates, and where output goes (output/). Found from the
/// working folder upwards, so the tool works from anywhere inside the repository.
/// </summary>
internal sealed record Workspace(string DataDirectory, string TemplatesDirectory, string? OverrideTemplates, string OutputDirectory)
{
    public static Workspace Find(string workingDirectory, string? dataDirectory, string? overrideTemplates)
    {
        var root = FindRoot(workingDirectory);
        var data = dataDirectory is null ? Path.Combine(root, "methods") : Path.GetFullPath(dataDirectory, workingDirectory);
        if (!Directory.Exists(data))
        {
            throw new UserError($"map met methoden niet gevonden: {data}");
        }

        string? own = null;
        if (overrideTemplates is not null)
        {
            own = Path.GetFullPath(overrideTemplates, workingDirectory);
            if (!Directory.Exists(own))
            {
                throw new UserError($"--sjablonen: map niet gevonden: {own}");
            }
        }

        return new Workspace(data, Path.Combine(root, "templates"), own, Path.Combine(root, "output"));
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that has both methods/ and templates/.</summary>
    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "methods")) && Directory.Exists(Path.Combine(directory.FullName, "templates")))
            {
                return directory.FullName;
            }
        }

        throw new UserError($"geen map met methods/ en templates/ gevonden in {start} of daarboven; start het programma in de map van IntervisieDocs");
    }

    /// <summary>The output file: the user's path (relative to the working folder), or output/&lt;name&gt;.</summary>
    public string OutputPath(string? userPath, string defaultName, string workingDirectory) =>
        userPath is null ? Path.Combine(OutputDirectory, defaultName) : Path.GetFullPath(userPath, workingDirectory);
}
