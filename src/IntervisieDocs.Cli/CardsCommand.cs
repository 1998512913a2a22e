using System.CommandLine;
using IntervisieDocs.Cli.Help;
using IntervisieDocs.Products.Cards;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie kaarten &lt;methode&gt; [--drukker] [--achterkant] [-o PAD] [--markdown]</c> and
/// <c>intervisie kaarten --vragen &lt;vragenbank&gt; [...]</c> and <c>intervisie kaarten --methoden [...]</c>.
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
        var allMethods = new Option<bool>("--methoden")
        {
            Description = "Methodekaarten: één kaart per methode (voorkant: naam, doel, minuten, groepsgrootte, rollen; achterkant, met --achterkant: de stappen met hun minuten)",
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
        var command = new Command("kaarten", "Maak kaarten (A6): stappen, overzicht en rollen van een methode, de vragen van een vragenbank, of één kaart per methode")
        {
            method, questions, allMethods, printShop, backs, output, markdown,
        };
        command.SetAction(parse =>
        {
            var methodId = parse.GetValue(method);
            var bankId = parse.GetValue(questions);
            var deck = parse.GetValue(allMethods);
            var chosen = (methodId is null ? 0 : 1) + (bankId is null ? 0 : 1) + (deck ? 1 : 0);
            if (chosen != 1)
            {
                throw new UserError(chosen == 0
                    ? "geef een methode, --vragen <vragenbank> of --methoden, bijvoorbeeld 'intervisie kaarten reflecting-team', 'intervisie kaarten --vragen gouden-vragen' of 'intervisie kaarten --methoden'"
                    : "geef een methode, --vragen <vragenbank> of --methoden, niet meer dan één daarvan");
            }

            var products = Generator.ContextOf(context, parse, out var workspace,
                methodId is not null ? Loading.DataNeeds.Method(methodId) : bankId is not null ? Loading.DataNeeds.QuestionBank(bankId) : Loading.DataNeeds.Everything);
            var options = new CardOptions(parse.GetValue(printShop), parse.GetValue(backs));
            var product = methodId is not null ? CardProducts.ForMethod(DataAccess.FindMethod(products.Data, methodId), products, options)
                : bankId is not null ? CardProducts.ForQuestionBank(DataAccess.FindQuestionBank(products.Data, bankId), products, options)
                : CardProducts.ForAllMethods(products, options);
            Generator.Write(context, workspace, product, parse.GetValue(output), parse.GetValue(markdown), _ => PrintingHint(options));
            if (deck && !options.Backs)
            {
                context.Say(StepsOnTheBack);
            }

            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie kaarten reflecting-team", "intervisie kaarten vissenkom --achterkant", "intervisie kaarten --vragen gouden-vragen --drukker", "intervisie kaarten --methoden --achterkant");
    }

    /// <summary>A method card's steps are on its back: said when the backs were left out.</summary>
    public const string StepsOnTheBack = "let op: de stappen van elke methode staan op de achterkant van haar kaart; maak de kaarten met --achterkant om ze mee te printen";

    /// <summary>How to print the file so that the cut marks and the backs land where they should.</summary>
    private static string PrintingHint(CardOptions options) => options switch
    {
        { PrintShop: true, Backs: true } => PrintGuidance.CardsPrintShopBacks,
        { PrintShop: true } => PrintGuidance.CardsPrintShop,
        { Backs: true } => PrintGuidance.CardsWithBacks,
        _ => PrintGuidance.Cards,
    };
}
