using System.CommandLine;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Products.Worksheets;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie werkblad &lt;soort&gt; [--methode ID] [--namen "A,B"] [--aantal N] [--voorbeeld] [-o PAD] [--markdown]</c>:
/// a fill-in worksheet, one copy per name or N blank copies in one PDF.
/// </summary>
internal static class WorksheetCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("soort") { Description = $"Soort werkblad: {WorksheetKinds.Ids}" };
        kind.CompletionSources.Add(Completions.WorksheetKindIds);
        var method = new Option<string?>("--methode") { Description = "Id van de methode van de sessie (voor evaluatie en wnk)", HelpName = "ID" };
        method.CompletionSources.Add(Completions.MethodIds(context));
        var names = new Option<string?>("--namen") { Description = "Namen, met komma's gescheiden: één exemplaar per naam, met de naam ingevuld", HelpName = "NAMEN" };
        var copies = new Option<int?>("--aantal") { Description = "Aantal lege exemplaren (standaard 1)", HelpName = "N" };
        var example = new Option<bool>("--voorbeeld") { Description = "Voeg het uitgewerkte voorbeeld toe (smart)" };
        var output = Generator.OutputOption();
        var markdown = Generator.MarkdownOption();
        var command = new Command("werkblad", "Maak een invulwerkblad (A4): " + WorksheetKinds.Ids)
        {
            kind, method, names, copies, example, output, markdown,
        };
        command.SetAction(parse =>
        {
            var chosen = WorksheetKinds.Find(parse.GetValue(kind)!)
                ?? throw new UserError($"onbekende soort werkblad '{parse.GetValue(kind)}'; kies uit: {WorksheetKinds.Ids}");
            var nameList = ParseNames(parse.GetValue(names));
            if (nameList is not null && parse.GetValue(copies) is not null)
            {
                throw new UserError("gebruik --namen of --aantal, niet allebei: met --namen komt er één exemplaar per naam");
            }

            var products = Generator.ContextOf(context, parse, out var workspace,
                parse.GetValue(method) is { } methodId ? Loading.DataNeeds.Method(methodId) : Loading.DataNeeds.TextsOnly);
            var options = new WorksheetOptions
            {
                Names = nameList ?? [],
                Copies = parse.GetValue(copies) ?? 1,
                Method = parse.GetValue(method) is { } id ? DataAccess.FindMethod(products.Data, id) : null,
                Example = parse.GetValue(example),
            };
            if (Worksheet.Problem(chosen, options, products.Data) is { } problem)
            {
                throw new UserError(problem);
            }

            Generator.Write(context, workspace, Worksheet.Build(chosen, options, products), parse.GetValue(output), parse.GetValue(markdown), _ => PrintGuidance.Worksheet);
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie werkblad casus --namen \"An,Bert,Chris\"", "intervisie werkblad smart --voorbeeld", "intervisie werkblad evaluatie --methode vissenkom --aantal 6");
    }

    /// <summary>"An, Bert" → ["An", "Bert"]; null when the option is absent.</summary>
    private static List<string>? ParseNames(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var list = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var name in list)
        {
            if (IntervisieDocs.Loading.UnsupportedScripts.Find(name) is { } script)
            {
                throw new UserError($"--namen: de naam '{name}': {script.Message}");
            }
        }

        return list.Count > 0 ? list : throw new UserError("--namen: geef minstens één naam, bijvoorbeeld --namen \"An,Bert\"");
    }
}
