using System.CommandLine;
using IntervisieDocs.Cli.Help;
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
            Description = "Zet de A5-pagina's twee aan twee op liggend A4, in de volgorde om te vouwen en te nieten (dubbelzijdig, omslaan via korte zijde)",
        };
        var command = new Command("schatkist", "Maak de schatkist: een A5-boekje met alle methoden, spelregels en vragen") { output, markdown, booklet };
        command.SetAction(parse =>
        {
            var products = Generator.ContextOf(context, parse, out var workspace);
            var isBooklet = parse.GetValue(booklet);
            Generator.Write(context, workspace, Schatkist.Build(products), parse.GetValue(output), parse.GetValue(markdown),
                _ => isBooklet ? PrintGuidance.Booklet : PrintGuidance.Schatkist, isBooklet);
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie schatkist", "intervisie schatkist --boekje", "intervisie schatkist -o schatkist.pdf --gegevens mijn-methoden");
    }
}
