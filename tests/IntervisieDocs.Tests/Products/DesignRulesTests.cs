using System.Text.RegularExpressions;
using IntervisieDocs.Layout;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Products.Worksheets;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// The print design's typographic rules, checked on everything every product draws: type no smaller
/// than a reader can take, no straight quotes, no number parted from its unit at a line end, Dutch
/// hyphenation in narrow text, and the booklet's body at 9 pt or more.
/// </summary>
public sealed partial class DesignRulesTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    /// <summary>Nothing drawn smaller (the page numbers and form labels are 8 pt).</summary>
    private const double SmallestType = 7.5;

    public static TheoryData<string> Products()
    {
        var ids = IntervisieDocs.Loading.DataLoader.Load(RepoPaths.Methods).Data!.Methods.Select(m => m.Id).ToList();
        return ["schatkist", .. ids.Select(id => $"handout:{id}"), .. ids.Select(id => $"kaarten:{id}"), .. WorksheetKinds.All.Select(k => $"werkblad:{k.Id}")];
    }

    /// <summary>Everything <see cref="Products"/> holds, and the decks and the pack that only exist once.</summary>
    public static TheoryData<string> EveryProduct()
    {
        var all = new TheoryData<string>("kaarten-methoden", "pakket");
        foreach (var name in Products())
        {
            all.Add(name);
        }

        var banks = IntervisieDocs.Loading.DataLoader.Load(RepoPaths.Methods).Data!.QuestionBanks.Select(b => b.Id);
        foreach (var bank in banks)
        {
            all.Add($"vragen:{bank}");
        }

        return all;
    }

    private Product Build(string name)
    {
        var (kind, id) = name.Split(':') is [var k, var i] ? (k, i) : (name, "");
        return kind switch
        {
            "schatkist" => Schatkist.Build(fixture.Context),
            "handout" => Handout.Build(fixture.Method(id), fixture.Context),
            "kaarten" => CardProducts.ForMethod(fixture.Method(id), fixture.Context, new CardOptions()),
            "kaarten-methoden" => CardProducts.ForAllMethods(fixture.Context, new CardOptions()),
            "vragen" => CardProducts.ForQuestionBank(fixture.Data.QuestionBanks.Single(b => b.Id == id), fixture.Context, new CardOptions()),
            "pakket" => IntervisieDocs.Products.SessionPack.Build(
                IntervisieDocs.Sessions.SessionReader.Read(File.ReadAllText(Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml")), "voorbeeld.yaml", fixture.Data).Session!,
                splits: false,
                fixture.Context,
                duplex: true),
            _ when !WorksheetKinds.Find(id)!.UsesMethod => fixture.Worksheet(id),
            _ => fixture.Data.Methods.Select(m => TryWorksheet(id, m)).First(p => p is not null)!,
        };
    }

    /// <summary>A worksheet for a method it suits (a kind that uses a method refuses one it does not fit).</summary>
    private Product? TryWorksheet(string kind, IntervisieDocs.Model.Method method)
    {
        try
        {
            return fixture.Worksheet(kind, new WorksheetOptions { Method = method });
        }
        catch (ArgumentException)
        {
            return null;
        }
    }


    [Theory]
    [MemberData(nameof(Products))]
    public void Every_product_follows_the_typographic_rules(string name)
    {
        var texts = ProductFixture.Compose(Build(name)).Pages.SelectMany(p => p.Texts).ToList();
        Assert.NotEmpty(texts);

        Assert.All(texts, t => Assert.True(t.Style.Size >= SmallestType, $"\"{t.Text}\" in {t.Style.Size} pt"));
        Assert.All(texts, t => Assert.False(t.Text.AsSpan().ContainsAny("'\""), $"rechte aanhalingstekens in \"{t.Text}\""));
        for (var i = 1; i < texts.Count; i++)
        {
            var split = texts[i - 1].Baseline < texts[i].Baseline && DigitAtEnd().IsMatch(texts[i - 1].Text) && UnitAtStart().IsMatch(texts[i].Text);
            Assert.False(split, $"getal en eenheid gescheiden: \"{texts[i - 1].Text}\" ⏎ \"{texts[i].Text}\"");
        }
    }

    /// <summary>Paper is for the group, not the terminal: no option (--namen) and no command (intervisie werkblad …).</summary>
    [Theory]
    [MemberData(nameof(EveryProduct))]
    public void No_product_prints_command_text(string name)
    {
        var pages = ProductFixture.Compose(Build(name)).Pages;
        foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
        {
            // The page's words in reading order, so a command broken over two text runs is still found.
            var text = string.Join(" ", page.Texts.Select(t => t.Text));
            Assert.False(Option().IsMatch(text), $"{name} p{number}: een optie op papier: {Option().Match(text).Value}");
            Assert.False(Command().IsMatch(text), $"{name} p{number}: een opdracht op papier: {Command().Match(text).Value}");
        }
    }

    [GeneratedRegex(@"(^|[^\p{L}\p{N}-])--\p{L}")]
    private static partial Regex Option();

    [GeneratedRegex(@"\bintervisie\s+(methoden|vragenbanken|handout|schatkist|werkblad|kaarten|pakket|init|controleer|web|help)\b")]
    private static partial Regex Command();

    [Theory]
    [MemberData(nameof(Products))]
    public void No_product_has_more_than_one_stub_page(string name)
    {
        var product = Build(name);
        var stubs = PageFill.StubPages(product.Document, ProductFixture.Compose(product));
        Assert.True(stubs.Count <= 1, $"{stubs.Count} pagina's waarvan de inhoud in het bovenste kwart eindigt: {string.Join(", ", stubs)}");
    }

    [Fact]
    public void The_booklet_sets_its_body_at_9_pt_or_more_and_hyphenates_its_narrow_columns()
    {
        var texts = ProductFixture.Compose(Schatkist.Build(fixture.Context)).Pages.SelectMany(p => p.Texts).ToList();
        var body = texts.GroupBy(t => t.Style.Size).MaxBy(g => g.Sum(t => t.Text.Length))!.Key;
        Assert.True(body >= 9, $"tekst in {body} pt");

        var hyphenated = texts.Count(t => HyphenatedEnd().IsMatch(t.Text));
        Assert.True(hyphenated >= 30, $"{hyphenated} afgebroken woorden in de schatkist");
    }

    [GeneratedRegex(@"\d$")]
    private static partial Regex DigitAtEnd();

    [GeneratedRegex(@"^(min|minuten|minuut|uur|mm|cm|sec|seconden|%|kwartier)\b")]
    private static partial Regex UnitAtStart();

    [GeneratedRegex(@"\p{Ll}{2}-$")]
    private static partial Regex HyphenatedEnd();
}
