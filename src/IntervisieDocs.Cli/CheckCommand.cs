using System.CommandLine;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Loading;
using IntervisieDocs.Products;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie controleer</c>: checks all data and every template, and reports every problem with
/// its place. Warnings (such as a stated total that differs from the steps) do not fail the check.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("controleer", "Controleer alle gegevens en sjablonen; toon fouten, waarschuwingen en de gemarkeerde plaatsen (herkomst) met hun plaats");
        command.SetAction(parse =>
        {
            var workspace = context.Workspace(parse);
            var result = DataAccess.LoadAll(workspace);
            foreach (var diagnostic in result.Diagnostics)
            {
                context.Say(diagnostic.ToString());
            }

            var errors = result.Diagnostics.Count(d => d.IsError);
            var warnings = result.Diagnostics.Count - errors;
            if (result.Data is not null && errors == 0)
            {
                foreach (var problem in ProductCheck.CheckAll(result.Data, Generator.TemplatesOf(workspace)))
                {
                    context.Say($"{problem}");
                    errors++;
                }
            }

            // Not problems: the places a reader is told are not simply the source's words.
            if (result.Marks.Count > 0)
            {
                context.Say($"Plaatsen die niet letterlijk uit de bron komen of waar de bron onvolledig is ({result.Marks.Count}):");
                foreach (var place in result.Marks)
                    context.Say(place.ToString());
            }

            context.Say(Summary(result, errors, warnings));
            return errors > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command.WithExamples("intervisie controleer", "intervisie controleer --gegevens mijn-werkmap/methods");
    }

    private static string Summary(LoadResult result, int errors, int warnings)
    {
        var counted = result.Data is null
            ? ""
            : $"{result.Data.Methods.Count} methoden, {result.Data.QuestionBanks.Count} vragenbanken, {result.Data.Texts.Count} teksten gecontroleerd: ";
        return $"{counted}{errors} {(errors == 1 ? "fout" : "fouten")}, {warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}.";
    }
}
