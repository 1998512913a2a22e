using IntervisieDocs.Loading;
using IntervisieDocs.Model;

namespace IntervisieDocs.Cli;

/// <summary>Loads the data of a workspace; any error in it stops the run with every diagnostic listed.</summary>
internal static class DataAccess
{
    /// <remarks>The loader reads and reports the path as given: relative to the process's folder where possible.</remarks>
    public static LoadResult LoadAll(Workspace workspace) =>
        DataLoader.Load(DisplayPath(workspace.DataDirectory, Directory.GetCurrentDirectory()));

    /// <summary>
    /// The data a product made from <paramref name="needs"/> can use. A data file with errors that the
    /// product does not use is left out with a warning (<paramref name="warn"/>); one it uses stops the run.
    /// </summary>
    /// <exception cref="UserError">A file the product uses has errors; the message lists them.</exception>
    public static DataSet Load(Workspace workspace, DataNeeds? needs = null, Action<string>? warn = null)
    {
        var result = LoadAll(workspace);
        var (data, blocking, skipped) = result.For(needs ?? DataNeeds.Everything);
        if (data is null)
        {
            var errors = blocking.Select(d => d.ToString());
            throw new UserError("de gegevens bevatten fouten:\n" + string.Join('\n', errors) + "\nGebruik 'intervisie controleer' voor het volledige overzicht.");
        }

        foreach (var file in skipped)
        {
            warn?.Invoke(SkippedWarning(file));
        }

        return data;
    }

    /// <summary>"methods/x.yaml:3:1: … (het bestand is overgeslagen; …)": the first error in the file, at its place.</summary>
    public static string SkippedWarning(BrokenFile file)
    {
        var first = file.Errors[0];
        var place = first.Line > 0 ? $"{file.File}:{first.Line}:{first.Column}" : file.File;
        var more = file.Errors.Count > 1 ? $"; nog {file.Errors.Count - 1} {(file.Errors.Count == 2 ? "fout" : "fouten")}" : "";
        return $"{place}: {first.Message} (dit bestand is overgeslagen{more}; 'intervisie controleer' toont alles)";
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
