using System.CommandLine;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie kaarten &lt;methode&gt; [--drukker] [--achterkant] [-o PAD] [--markdown]</c> and
/// <c>intervisie kaarten --vragen &lt;vragenbank&gt; [...]</c>.
/// </summary>
internal static class CardsCommand
{
    public static Command Create(CliContext context)
    {
        var method = new Argument<string?>("methode")
        {
            Description = "Id van de methode (zie 'intervisie methoden'): overzichtskaart, stapkaarten en rolkaarten",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var questions = new Option<string?>("--vragen")
        {
            Description = "Vraagkaarten van deze vragenbank (id, zie 'intervisie vragenbanken') in plaats van de kaarten van een methode",
            HelpName = "VRAGENBANK",
        };
        method.CompletionSources.Add(Completions.MethodIds(context));
        questions.CompletionSources.Add(Completions.QuestionBankIds(context));
        var printShop = new Option<bool>("--drukker")
        {
            Description = "Voor de drukker: één kaart per pagina met 3 mm afloop, snijtekens en TrimBox/BleedBox (standaard: 4 kaarten op A4 met snijtekens)",
        };
        var backs = new Option<bool>("--achterkant")
        {
            Description = "Ook achterkanten, in de volgorde voor dubbelzijdig printen (omslaan via lange zijde)",
        };
        var output = Generator.OutputOption();
        var markdown = Generator.MarkdownOption();
        var command = new Command("kaarten", "Maak kaarten (A6): stappen, overzicht en rollen van een methode, of de vragen van een vragenbank")
        {
            method, questions, printShop, backs, output, markdown,
        };
        command.SetAction(parse =>
        {
            var methodId = parse.GetValue(method);
            var bankId = parse.GetValue(questions);
            if ((methodId is null) == (bankId is null))
            {
                throw new UserError(methodId is null
                    ? "geef een methode of --vragen <vragenbank>, bijvoorbeeld 'intervisie kaarten reflecting-team' of 'intervisie kaarten --vragen gouden-vragen'"
                    : "geef een methode of --vragen <vragenbank>, niet allebei");
            }

            var products = Generator.ContextOf(context, parse, out var workspace,
                methodId is not null ? Loading.DataNeeds.Method(methodId) : Loading.DataNeeds.QuestionBank(bankId!));
            var options = new CardOptions(parse.GetValue(printShop), parse.GetValue(backs));
            var product = methodId is not null
                ? CardProducts.ForMethod(DataAccess.FindMethod(products.Data, methodId), products, options)
                : CardProducts.ForQuestionBank(DataAccess.FindQuestionBank(products.Data, bankId!), products, options);
            Generator.Write(context, workspace, product, parse.GetValue(output), parse.GetValue(markdown), _ => PrintingHint(options));
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie kaarten reflecting-team", "intervisie kaarten vissenkom --achterkant", "intervisie kaarten --vragen gouden-vragen --drukker");
    }

    /// <summary>How to print the file so that the cut marks and the backs land where they should.</summary>
    private static string PrintingHint(CardOptions options) => options switch
    {
        { PrintShop: true, Backs: true } => PrintGuidance.CardsPrintShopBacks,
        { PrintShop: true } => PrintGuidance.CardsPrintShop,
        { Backs: true } => PrintGuidance.CardsWithBacks,
        _ => PrintGuidance.Cards,
    };
}
