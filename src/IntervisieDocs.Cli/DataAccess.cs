using IntervisieDocs.Loading;
using IntervisieDocs.Model;

namespace IntervisieDocs.Cli;

/// <summary>Loads the data of a workspace; any error in it stops the run with every diagnostic listed.</summary>
internal static class DataAccess
{
    /// <remarks>The loader reads and reports the path as given: relative to the process's folder where possible.</remarks>
    public static LoadResult LoadAll(Workspace workspace) =>
        DataLoader.Load(DisplayPath(workspace.DataDirectory, Directory.GetCurrentDirectory()));

    /// <exception cref="UserError">The data has errors; the message lists them all.</exception>
    public static DataSet Load(Workspace workspace)
    {
        var result = LoadAll(workspace);
        if (result.HasErrors || result.Data is null)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString());
            throw new UserError("de gegevens bevatten fouten:\n" + string.Join('\n', errors) + "\nGebruik 'intervisie controleer' voor het volledige overzicht.");
        }

        return result.Data;
    }

    public static Method FindMethod(DataSet data, string id) =>
        data.FindMethod(id) ?? throw new UserError(UnknownMethod(data, id));

    private static string UnknownMethod(DataSet data, string id)
    {
        var closest = data.Methods
            .Select(m => (m.Id, Distance: Suggestions.Distance(id, m.Id)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Id);
        return $"onbekende methode '{id}'. Bedoelde je: {string.Join(", ", closest)}? ('intervisie methoden' toont ze allemaal)";
    }

    /// <summary>Paths in messages relative to where the user is, as they would type them.</summary>
    public static string DisplayPath(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
