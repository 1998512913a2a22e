namespace IntervisieDocs.Cli;

/// <summary>
/// The folders a run works with: the data (methods/), the product's templates (templates/), an
/// optional folder of the user's own templates, and where output goes. Each is found in this order:
/// the option (<c>--gegevens</c>, <c>--sjablonen</c>), then a workspace — the nearest folder at or
/// above the working folder with both methods/ and templates/ (a clone of the repository, or what
/// <c>intervisie init</c> wrote) —, then what ships with the program. Output goes to the workspace's
/// output/, or, outside a workspace, to the working folder: always where the user is.
/// </summary>
internal sealed record Workspace(string DataDirectory, string TemplatesDirectory, string? OverrideTemplates, string OutputDirectory, string? Root)
{
    public static Workspace Find(string workingDirectory, string? dataDirectory, string? overrideTemplates)
    {
        var root = FindRoot(workingDirectory);
        var data = dataDirectory is not null ? Path.GetFullPath(dataDirectory, workingDirectory)
            : root is not null ? Path.Combine(root, "methods")
            : BuiltIn.Methods;
        if (!Directory.Exists(data))
        {
            throw new UserError($"--gegevens: map met methoden niet gevonden: {dataDirectory}");
        }

        string? own = null;
        if (overrideTemplates is not null)
        {
            own = Path.GetFullPath(overrideTemplates, workingDirectory);
            if (!Directory.Exists(own))
            {
                throw new UserError($"--sjablonen: map niet gevonden: {overrideTemplates}");
            }
        }

        var templates = root is not null ? Path.Combine(root, "templates") : BuiltIn.Templates;
        var output = root is not null ? Path.Combine(root, "output") : Path.GetFullPath(workingDirectory);
        return new Workspace(data, templates, own, output, root);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that has both methods/ and templates/, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "methods")) && Directory.Exists(Path.Combine(directory.FullName, "templates")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The output file: the user's path (relative to the working folder), or the default name in the output folder.</summary>
    public string OutputPath(string? userPath, string defaultName, string workingDirectory) =>
        userPath is null ? Path.Combine(OutputDirectory, defaultName) : Path.GetFullPath(userPath, workingDirectory);
}
