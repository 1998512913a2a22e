using System.Text;
using CsCheck;
using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;

namespace IntervisieDocs.Tests.Layout;

/// <summary>
/// Random paragraphs, nested lists, tables and page breaks on random page sizes (so stub pages are
/// rebalanced too). Whatever the input: every word is
/// drawn exactly once and in order, nothing is drawn outside the page's content area, and no two
/// pieces of text overlap.
/// </summary>
public sealed class LayoutPropertyTests
{
    private static readonly string[] Vocabulary =
        ["intervisie", "casus", "inbrenger", "vraag", "stap", "groep", "reflectie", "advies", "oplossing",
         "werkprobleem", "collega", "perspectief", "actieplan", "ervaring", "één", "ideeën", "gespreksleider", "zelf-intervisie"];

    private static readonly TextMeasurer Metrics = new();

    private readonly record struct BlockSpec(int Kind, int Seed, int Size);

    private readonly record struct DocumentSpec(double WidthMm, double HeightMm, double MarginMm, BlockSpec[] Blocks);

    private static readonly Gen<DocumentSpec> Documents =
        Gen.Select(
            Gen.Int[100, 300],
            Gen.Int[100, 420],
            Gen.Int[5, 20],
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1_000_000], Gen.Int[1, 40], (k, s, n) => new BlockSpec(k, s, n)).Array[1, 12],
            (w, h, m, blocks) => new DocumentSpec(w, h, m, blocks));

    /// <summary>With hyphenation on: a word broken over two lines is still that word, once, in its place.</summary>
    [Fact]
    public void Every_word_is_drawn_exactly_once_and_in_order()
    {
        var hyphenated = 0;
        Documents.Sample(spec =>
        {
            var (element, words) = Build(spec);
            var canvas = LayoutHarness.Render(element, LayoutHarness.Custom(spec.WidthMm, spec.HeightMm, spec.MarginMm));
            var drawn = canvas.Pages.SelectMany(p => p.Texts).Select(t => t.Text).Where(t => !IsDecoration(t)).ToList();

            Assert.Equal(Squash(words), Squash(drawn));
            Interlocked.Add(ref hyphenated, drawn.Count(t => t.Length > 1 && t[^1] == '-' && char.IsLetter(t[^2]) && !t.EndsWith("zelf-", StringComparison.Ordinal)));
        }, iter: 60);

        Assert.True(hyphenated > 0, "geen enkel woord afgebroken: de eigenschap is dan niet getoetst met afbreken aan");
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_content_area() =>
        Documents.Sample(spec =>
        {
            var (element, _) = Build(spec);
            var setup = LayoutHarness.Custom(spec.WidthMm, spec.HeightMm, spec.MarginMm);
            var canvas = LayoutHarness.Render(element, setup);
            var body = setup.BodyArea;
            foreach (var page in canvas.Pages)
            {
                foreach (var text in page.Texts)
                {
                    var bounds = LayoutHarness.Bounds(text, Metrics);
                    Assert.True(body.Contains(bounds), $"\"{text.Text}\" op {bounds} valt buiten {body}");
                }

                foreach (var line in page.Lines)
                {
                    Assert.True(body.Contains(new Rect(Math.Min(line.X1, line.X2), Math.Min(line.Y1, line.Y2), Math.Abs(line.X2 - line.X1), Math.Abs(line.Y2 - line.Y1))));
                }

                foreach (var rect in page.Rectangles)
                {
                    Assert.True(body.Contains(rect.Rect), $"rechthoek {rect.Rect} valt buiten {body}");
                }
            }
        }, iter: 60);

    [Fact]
    public void No_two_pieces_of_text_overlap() =>
        Documents.Sample(spec =>
        {
            var (element, _) = Build(spec);
            var canvas = LayoutHarness.Render(element, LayoutHarness.Custom(spec.WidthMm, spec.HeightMm, spec.MarginMm));
            foreach (var page in canvas.Pages)
            {
                var boxes = page.Texts.Select(t => (t.Text, Box: Shrink(LayoutHarness.Bounds(t, Metrics)))).ToList();
                for (var i = 0; i < boxes.Count; i++)
                {
                    for (var j = i + 1; j < boxes.Count; j++)
                    {
                        Assert.False(boxes[i].Box.Intersects(boxes[j].Box), $"\"{boxes[i].Text}\" overlapt \"{boxes[j].Text}\"");
                    }
                }
            }
        }, iter: 40);

    private static Rect Shrink(Rect r) => r.Deflate(0.05, 0.05, 0.05, 0.05);

    private static bool IsDecoration(string text) => text is ListBlock.Bullet || text.StartsWith("Kop ", StringComparison.Ordinal);

    private static string Squash(IEnumerable<string> texts)
    {
        var builder = new StringBuilder();
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                // Hyphens are left out: the one a hyphenated line ends with is not in the words.
                if (!char.IsWhiteSpace(c) && c is not '\u00AD' and not '-')
                {
                    builder.Append(c);
                }
            }
        }

        return builder.ToString();
    }

    private static (Element Element, List<string> Words) Build(DocumentSpec spec)
    {
        var words = new List<string>();
        var blocks = new List<Element>();
        var counter = 0;
        foreach (var block in spec.Blocks)
        {
            var random = new Random(block.Seed);
            blocks.Add(block.Kind switch
            {
                0 => Paragraph(random, block.Size * 4),
                1 => List(random, block.Size % 6 + 1, depth: 0),
                2 => Table(random, block.Size % 3 + 1, block.Size % 9 + 1),
                3 => new Heading(NextWords(random, 3), TextStyle.Body.Bold().WithSize(14), 1, $"h{counter++}"),
                // A forced break: what spills onto the page before it may be a stub, which is rebalanced.
                _ => new PageBreak(),
            });
        }

        return (new Column(blocks, 6), words);

        string NextWords(Random random, int count)
        {
            // A numbered word is never hyphenated, so the words are told apart by letters.
            var chosen = Enumerable.Range(0, count).Select(_ => $"{Vocabulary[random.Next(Vocabulary.Length)]}{Letters(counter++)}").ToList();
            words.AddRange(chosen);
            return string.Join(' ', chosen);
        }

        static string Letters(int n)
        {
            var text = "";
            do
            {
                text = (char)('a' + (n % 26)) + text;
                n /= 26;
            }
            while (n > 0);

            return text;
        }

        Element Paragraph(Random random, int count)
        {
            var alignment = (TextAlignment)random.Next(4);
            var spans = new List<Span>();
            for (var i = 0; i < count; i++)
            {
                var style = random.Next(5) switch
                {
                    0 => TextStyle.Body.Bold(),
                    1 => TextStyle.Body.Italic(),
                    2 => TextStyle.Body.WithSize(12),
                    _ => TextStyle.Body,
                };
                spans.Add(new Span(NextWords(random, 1) + " ", style));
            }

            return new Paragraph(spans, alignment);
        }

        Element List(Random random, int items, int depth)
        {
            var elements = new List<Element>();
            for (var i = 0; i < items; i++)
            {
                elements.Add(depth < 2 && random.Next(4) == 0
                    ? new Column([Paragraph(random, random.Next(1, 12)), List(random, random.Next(1, 4), depth + 1)], 2)
                    : Paragraph(random, random.Next(1, 20)));
            }

            return ListBlock.Create(elements, ListBlock.Bullets(items), TextStyle.Body, Units.Mm(5), 2);
        }

        Element Table(Random random, int columns, int rows)
        {
            // Rows stay shorter than a page: a split row interleaves its cells, which is right but not "in order".
            var widths = Enumerable.Range(0, columns).Select(c => c == 0 ? ColumnWidth.FixedMm(20) : ColumnWidth.Relative(random.Next(1, 3))).ToList();
            var stroke = new Stroke(0.5, Color.Black);
            Row MakeRow(Func<int, string> text) =>
                new([.. Enumerable.Range(0, columns).Select(c => (Element)new Padding(new Paragraph(text(c), TextStyle.Body), Thickness.All(2)))], widths, stroke);

            var header = MakeRow(c => $"Kop {c}");
            var body = Enumerable.Range(0, rows).Select(_ => MakeRow(_ => NextWords(random, random.Next(1, 4)))).ToList();
            return new Table([header], body);
        }
    }
}
