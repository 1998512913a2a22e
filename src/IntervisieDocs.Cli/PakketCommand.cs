using System.CommandLine;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Output;
using IntervisieDocs.Products;
using IntervisieDocs.Sessions;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie pakket &lt;sessie.yaml&gt; [-o PAD] [--splits] [--markdown]</c>: everything for one
/// meeting in one PDF; <c>intervisie pakket --voorbeeld [-o PAD]</c> writes an example session file.
/// </summary>
internal static class PakketCommand
{
    public const string ExampleResource = "sessie-voorbeeld.yaml";

    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("sessie") { Description = "Het sessiebestand (YAML, zie sessies/README.md)", Arity = ArgumentArity.ZeroOrOne };
        var output = Generator.OutputOption();
        var markdown = Generator.MarkdownOption();
        var splits = new Option<bool>("--splits") { Description = "Verdeel een te grote groep in parallelle subgroepen, elk met eigen kaarten" };
        var singleSided = new Option<bool>("--enkelzijdig") { Description = "Voor enkelzijdig printen: geen lege pagina's om elk onderdeel op een voorkant te laten beginnen" };
        var example = new Option<bool>("--voorbeeld") { Description = "Schrijf een voorbeeld-sessiebestand (standaard ./sessie.yaml)" };
        var command = new Command("pakket", "Maak het sessiepakket: voorblad, draaiboek, spelregels, handout, kaarten en werkbladen in één PDF")
        {
            file, output, markdown, splits, singleSided, example,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(example))
            {
                if (parse.GetValue(file) is not null || parse.GetValue(splits) || parse.GetValue(markdown) || parse.GetValue(singleSided))
                {
                    throw new UserError("--voorbeeld schrijft alleen het voorbeeldbestand; geef er geen sessiebestand, --splits, --enkelzijdig of --markdown bij");
                }

                return WriteExample(context, parse.GetValue(output));
            }

            var path = parse.GetValue(file) ?? throw new UserError("geef een sessiebestand, bijvoorbeeld: intervisie pakket sessie.yaml (een voorbeeld maak je met intervisie pakket --voorbeeld)");
            var products = Generator.ContextOf(context, parse, out var workspace, Loading.DataNeeds.TextsOnly);
            var full = Path.GetFullPath(path, context.WorkingDirectory);
            var shown = DataAccess.DisplayPath(full, context.WorkingDirectory);
            var (session, diagnostics) = SessionReader.ReadFile(full, shown, products.Data);
            if (session is null)
            {
                throw new UserError("het sessiebestand bevat fouten:\n" + string.Join('\n', diagnostics.Where(d => d.IsError)));
            }

            foreach (var warning in SessionPlan.Warnings(session, parse.GetValue(splits)))
            {
                context.Warn(warning);
            }

            var duplex = !parse.GetValue(singleSided);
            Generator.Write(context, workspace, SessionPack.Build(session, parse.GetValue(splits), products, duplex: duplex), parse.GetValue(output), parse.GetValue(markdown), _ => duplex ? PrintGuidance.PackDuplex : PrintGuidance.Pack);
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie pakket --voorbeeld", "intervisie pakket sessie.yaml", "intervisie pakket sessie.yaml --splits -o pakket.pdf", "intervisie pakket sessie.yaml --enkelzijdig");
    }

    private static int WriteExample(CliContext context, string? userPath)
    {
        var path = Path.GetFullPath(userPath ?? "sessie.yaml", context.WorkingDirectory);
        var shown = DataAccess.DisplayPath(path, context.WorkingDirectory);
        using var stream = typeof(PakketCommand).Assembly.GetManifestResourceStream(ExampleResource)
            ?? throw new InvalidOperationException("het voorbeeld-sessiebestand ontbreekt in het programma");
        using var reader = new StreamReader(stream);
        using (var files = new OutputTransaction(p => DataAccess.DisplayPath(p, context.WorkingDirectory)))
        {
            files.StageText(path, reader.ReadToEnd(), overwrite: false);
            files.Commit();
        }

        context.Say($"geschreven: {shown} (pas het aan en maak het pakket met: intervisie pakket {shown})");
        return ExitCodes.Ok;
    }
}
