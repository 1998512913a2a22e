using System.CommandLine;
using IntervisieDocs.Products;

namespace IntervisieDocs.Cli;

/// <summary><c>intervisie schatkist [-o PAD] [--markdown]</c>: the booklet of all methods.</summary>
internal static class SchatkistCommand
{
    public static Command Create(CliContext context)
    {
        var output = Generator.OutputOption();
        var markdown = Generator.MarkdownOption();
        var booklet = new Option<bool>("--boekje")
        {
            Description = "Zet de A5-pagina's twee aan twee op liggend A4, in de volgorde om te vouwen en te nieten (dubbelzijdig, korte zijde)",
        };
        var command = new Command("schatkist", "Maak de schatkist: een A5-boekje met alle methoden, spelregels en vragen") { output, markdown, booklet };
        command.SetAction(parse =>
        {
            context.Say("gegevens en sjablonen lezen…");
            var products = Generator.ContextOf(context, parse, out var workspace);
            context.Say($"{products.Data.Methods.Count} methoden opmaken…");
            Generator.Write(context, workspace, Schatkist.Build(products), parse.GetValue(output), parse.GetValue(markdown), parse.GetValue(booklet));
            return ExitCodes.Ok;
        });
        return command;
    }
}
