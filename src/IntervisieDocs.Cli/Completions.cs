using System.CommandLine;
using System.CommandLine.Completions;
using IntervisieDocs.Model;
using IntervisieDocs.Products.Worksheets;

namespace IntervisieDocs.Cli;

/// <summary>
/// What the shell may complete: method ids, question banks (from the data the run would use) and
/// worksheet kinds. Completion never fails: data it cannot read completes nothing.
/// </summary>
internal static class Completions
{
    public static Func<CompletionContext, IEnumerable<string>> MethodIds(CliContext context) =>
        completion => FromData(context, completion.ParseResult, data => data.Methods.Select(m => m.Id));

    public static Func<CompletionContext, IEnumerable<string>> QuestionBankIds(CliContext context) =>
        completion => FromData(context, completion.ParseResult, data => data.QuestionBanks.Select(b => b.Id));

    public static IEnumerable<string> WorksheetKindIds(CompletionContext _) => WorksheetKinds.All.Select(k => k.Id);

    private static IEnumerable<string> FromData(CliContext context, ParseResult parse, Func<DataSet, IEnumerable<string>> ids)
    {
        try
        {
            var data = DataAccess.LoadAll(context.Workspace(parse)).Data;
            return data is null ? [] : ids(data).ToList();
        }
        catch (UserError)
        {
            return [];
        }
    }
}
