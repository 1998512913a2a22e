using System.CommandLine;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Products;

namespace IntervisieDocs.Cli;

/// <summary><c>intervisie handout &lt;methode&gt; [-o PAD] [--markdown]</c>.</summary>
internal static class HandoutCommand
{
    public static Command Create(CliContext context)
    {
        var method = new Argument<string>("methode") { Description = "Id van de methode (zie 'intervisie methoden')" };
        method.CompletionSources.Add(Completions.MethodIds(context));
        var output = Generator.OutputOption();
        var markdown = Generator.MarkdownOption();
        var command = new Command("handout", "Maak de handout van een methode (A4, 1–3 pagina's)") { method, output, markdown };
        command.SetAction(parse =>
        {
            var products = Generator.ContextOf(context, parse, out var workspace, Loading.DataNeeds.Method(parse.GetValue(method)!));
            var chosen = DataAccess.FindMethod(products.Data, parse.GetValue(method)!);
            Generator.Write(context, workspace, Handout.Build(chosen, products), parse.GetValue(output), parse.GetValue(markdown), PrintGuidance.Handout);
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie handout vissenkom", "intervisie handout reflecting-team -o reflecting-team.pdf --markdown");
    }
}
