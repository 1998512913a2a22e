using System.Text.RegularExpressions;
using IntervisieDocs.Layout;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Tests.Products;
using IntervisieDocs.Typography;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntervisieDocs.Tests.Layout;

/// <summary>
/// The structure tree (tagged PDF) of the real products, checked in-process on the recording canvas:
/// every drawn text sits in exactly one content element or in an artifact, heading levels do not skip,
/// tables have header cells, figures have alternative text, and the schatkist reads in the Markdown's order.
/// </summary>
public sealed partial class StructureTreeTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    /// <summary>Elements that hold text directly; the others only group.</summary>
    private static readonly HashSet<StructureRole> ContentRoles =
    [
        StructureRole.P, StructureRole.H1, StructureRole.H2, StructureRole.H3, StructureRole.H4, StructureRole.H5, StructureRole.H6,
        StructureRole.Lbl, StructureRole.TH, StructureRole.TD, StructureRole.Link, StructureRole.Span, StructureRole.LBody,
    ];

    private static readonly HashSet<StructureRole> BlockContent =
    [
        StructureRole.P, StructureRole.H1, StructureRole.H2, StructureRole.H3, StructureRole.H4, StructureRole.H5, StructureRole.H6,
    ];

    private sealed record Node(StructureTag Tag, Node? Parent)
    {
        public List<Node> Children { get; } = [];

        public List<string> Texts { get; } = [];

        /// <summary>The texts and child elements in their order: what a reader of the tree meets.</summary>
        public List<object> Kids { get; } = [];
    }

    /// <summary>The tree of one document, and every problem found while building it.</summary>
    private static (Node Root, List<string> Problems) Tree(RecordingCanvas canvas)
    {
        var root = new Node(new StructureTag(StructureRole.Div), null);
        var problems = new List<string>();
        var current = root;
        var artifacts = 0;
        foreach (var e in canvas.Structure)
        {
            if (e.Tag is { } tag)
            {
                if (artifacts > 0 || tag.IsArtifact)
                {
                    artifacts++;
                    continue;
                }

                var node = new Node(tag, current);
                current.Children.Add(node);
                current.Kids.Add(node);
                current = node;
            }
            else if (e.IsEnd)
            {
                if (artifacts > 0)
                {
                    artifacts--;
                }
                else
                {
                    current = current.Parent ?? throw new InvalidOperationException($"pagina {e.Page}: meer EndTag dan BeginTag");
                }
            }
            else if (artifacts == 0)
            {
                if (!ContentRoles.Contains(current.Tag.Role))
                {
                    problems.Add($"pagina {e.Page}: tekst \"{e.Text}\" staat direct in {current.Tag.Role}, niet in een inhoudselement of artefact");
                }

                current.Texts.Add(e.Text!);
                current.Kids.Add(e.Text!);
            }
        }

        if (current != root || artifacts != 0)
        {
            problems.Add("niet alle structuurelementen zijn gesloten");
        }

        return (root, problems);
    }

    /// <summary>Every text of the tree in reading order (the tree's order, not the drawing order).</summary>
    private static IEnumerable<string> ReadingOrder(Node node) =>
        node.Kids.SelectMany(k => k is Node child ? ReadingOrder(child) : [(string)k]);

    private static IEnumerable<Node> Descendants(Node node) =>
        node.Children.SelectMany(c => new[] { c }.Concat(Descendants(c)));

    private static List<string> Check(RecordingCanvas canvas)
    {
        var (root, problems) = Tree(canvas);
        var nodes = Descendants(root).ToList();

        // Exactly one: no paragraph or heading inside another.
        foreach (var node in nodes.Where(n => BlockContent.Contains(n.Tag.Role)))
        {
            for (var p = node.Parent; p is not null; p = p.Parent)
            {
                if (BlockContent.Contains(p.Tag.Role))
                {
                    problems.Add($"{node.Tag.Role} in {p.Tag.Role}: \"{string.Concat(node.Texts)}\"");
                }
            }
        }

        var level = 0;
        foreach (var heading in nodes.Where(n => n.Tag.Role is >= StructureRole.H1 and <= StructureRole.H6))
        {
            var next = heading.Tag.Role - StructureRole.H1 + 1;
            if (next > level + 1)
            {
                problems.Add($"kop H{next} na H{level}: \"{string.Concat(heading.Texts)}\"");
            }

            level = next;
        }

        foreach (var table in nodes.Where(n => n.Tag.Role == StructureRole.Table))
        {
            if (!Descendants(table).Any(n => n.Tag.Role == StructureRole.TH))
            {
                problems.Add($"tabel zonder kopcellen: \"{string.Concat(Descendants(table).SelectMany(n => n.Texts).Take(3))}\"");
            }

            if (table.Children.Any(c => c.Tag.Role != StructureRole.TR))
            {
                problems.Add("tabel met iets anders dan rijen");
            }
        }

        foreach (var list in nodes.Where(n => n.Tag.Role == StructureRole.L))
        {
            if (list.Children.Any(c => c.Tag.Role is not (StructureRole.LI or StructureRole.L)))
            {
                problems.Add("lijst met iets anders dan lijstitems");
            }
        }

        problems.AddRange(nodes.Where(n => n.Tag.Role == StructureRole.Figure && string.IsNullOrWhiteSpace(n.Tag.Alt))
            .Select(_ => "figuur zonder alternatieve tekst"));
        return problems;
    }

    private static void AssertSound(RecordingCanvas canvas)
    {
        var problems = Check(canvas);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    [Fact]
    public void Handout_structure_is_sound() =>
        AssertSound(ProductFixture.Compose(Handout.Build(fixture.Method("vissenkom"), fixture.Context)));

    [Fact]
    public void Schatkist_structure_is_sound_and_has_every_kind_of_element()
    {
        var canvas = ProductFixture.Compose(Schatkist.Build(fixture.Context));
        AssertSound(canvas);
        var roles = Descendants(Tree(canvas).Root).Select(n => n.Tag.Role).ToHashSet();
        StructureRole[] expected = [StructureRole.H1, StructureRole.H2, StructureRole.P, StructureRole.L, StructureRole.LI, StructureRole.Lbl,
            StructureRole.LBody, StructureRole.Table, StructureRole.TR, StructureRole.TH, StructureRole.TD, StructureRole.TOC, StructureRole.TOCI, StructureRole.Link];
        Assert.Empty(expected.Except(roles));
    }

    [Theory]
    [InlineData("casus")]
    [InlineData("krachtenveld")]
    [InlineData("evaluatie")]
    public void Worksheet_structure_is_sound(string kind) => AssertSound(ProductFixture.Compose(fixture.Worksheet(kind)));

    [Fact]
    public void Cards_structure_is_sound() =>
        AssertSound(ProductFixture.Compose(CardProducts.ForMethod(fixture.Method("vissenkom"), fixture.Context, new CardOptions())));

    /// <summary>Reading order = the Markdown's order: the headings come out of the structure tree as they stand in the Markdown.</summary>
    [Fact]
    public void Schatkist_headings_in_the_structure_are_the_markdowns_in_order()
    {
        var product = Schatkist.Build(fixture.Context);
        var canvas = ProductFixture.Compose(product);
        // The cover is drawn by the program (Schatkist.Cover), not from the Markdown: its title is the first heading.
        var structure = Descendants(Tree(canvas).Root)
            .Where(n => n.Tag.Role is >= StructureRole.H1 and <= StructureRole.H6)
            .Select(n => Normalize(string.Concat(ReadingOrder(n))))
            .ToList();
        Assert.Equal(Normalize("Schatkist intervisie"), structure[0]);
        structure.RemoveAt(0);
        // The Markdown keeps the source's characters; the page shows them typographically set.
        // A method's name is the heading inside its header band ([[kopband id 2]]).
        var withBands = Regex.Replace(product.Markdown, @"(?m)^\[\[kopband ([^ \]]+) 2\]\]$", m => "## " + fixture.Data.FindMethod(m.Groups[1].Value)!.Title);
        var markdown = MarkdownHeading().Matches(withBands).Select(m => Normalize(DutchPunctuation.Apply(Regex.Replace(m.Groups[1].Value, @"\\(.)", "$1")))).ToList();
        Assert.NotEmpty(markdown);
        // A long method name wraps in its band and may be hyphenated there: hyphens do not count.
        Assert.Equal(markdown.Select(h => h.Replace("-", "", StringComparison.Ordinal)), structure.Select(h => h.Replace("-", "", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Reading order = the Markdown's order for all the text: every paragraph, heading, list item and
    /// table cell of the Markdown is found, whole, in the structure tree's text, each after the one
    /// before it. Only letters and digits count (the page sets quotes and dashes and hyphenates); text
    /// the layout adds (the contents, list numbers) may stand in between.
    /// </summary>
    [Fact]
    public void Schatkist_text_in_the_structure_reads_in_the_markdowns_order()
    {
        var product = Schatkist.Build(fixture.Context);
        var tree = Letters(string.Concat(ReadingOrder(Tree(ProductFixture.Compose(product)).Root)));
        var blocks = Markdig.Markdown.Parse(product.Markdown, IntervisieDocs.Markdown.MarkdownPipelineFactory.Pipeline)
            .Descendants<LeafBlock>()
            .Select(b => Letters(string.Concat(b.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? [])))
            .Where(b => b.Length > 0)
            .ToList();
        Assert.True(blocks.Count > 500, $"{blocks.Count} blokken");
        var at = 0;
        foreach (var block in blocks)
        {
            var found = tree.IndexOf(block, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"niet (of niet op zijn plaats) in de structuur: \"{block}\"; de structuur leest daar: \"{tree.Substring(at, Math.Min(120, tree.Length - at))}\"");
            at = found + block.Length;
        }
    }

    /// <summary>A word that is not Dutch is a span in its language inside its heading or paragraph (PDF/UA: natural language).</summary>
    [Fact]
    public void A_foreign_word_is_a_span_in_its_language_inside_the_text_it_belongs_to()
    {
        var (root, _) = Tree(ProductFixture.Compose(Handout.Build(fixture.Method("vissenkom"), fixture.Context)));
        var span = Descendants(root).First(n => n.Tag.Role == StructureRole.Span && n.Texts.Contains("fishbowl"));
        Assert.Equal("en", span.Tag.Language);
        Assert.Equal(StructureRole.H1, span.Parent!.Tag.Role);
        Assert.Equal(["Vissenkom (", "fishbowl", ")"], ReadingOrder(span.Parent));
        Assert.DoesNotContain(Descendants(root), n => n.Tag.Role == StructureRole.Span && n.Tag.Language is null);
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [Fact]
    public void Running_heads_and_page_numbers_are_artifacts()
    {
        var canvas = ProductFixture.Compose(Handout.Build(fixture.Method("vissenkom"), fixture.Context));
        var content = Descendants(Tree(canvas).Root).SelectMany(n => n.Texts).ToList();
        Assert.Contains(canvas.AllTexts, t => t.StartsWith("pagina 1 van", StringComparison.Ordinal));
        Assert.DoesNotContain(content, t => t.StartsWith("pagina 1 van", StringComparison.Ordinal));
    }

    private static string Normalize(string text) => WhiteSpace().Replace(Regex.Replace(text, @"[*_`\\]", ""), "");

    [GeneratedRegex(@"(?m)^#{1,6} +(.+?) *(?:\{[^}]*\})? *$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
