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

    public static QuestionBank FindQuestionBank(DataSet data, string id) =>
        data.FindQuestionBank(id) ?? throw new UserError(
            $"onbekende vragenbank '{id}'. Bedoelde je: {Closest(id, data.QuestionBanks.Select(b => b.Id))}? (de vragenbanken staan in methods/vragen/)");

    private static string UnknownMethod(DataSet data, string id) =>
        $"onbekende methode '{id}'. Bedoelde je: {Closest(id, data.Methods.Select(m => m.Id))}? ('intervisie methoden' toont ze allemaal)";

    /// <summary>The three ids nearest to <paramref name="id"/>, nearest first.</summary>
    private static string Closest(string id, IEnumerable<string> ids) => string.Join(", ", Suggestions.Nearest(id, ids));

    /// <summary>Paths in messages relative to where the user is, as they would type them.</summary>
    public static string DisplayPath(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
