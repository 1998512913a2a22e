using IntervisieDocs.Layout;
using IntervisieDocs.Products;
using IntervisieDocs.Sessions;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Products;

/// <summary>The example pack as laid out (recorded pages): duplex-safe, a named set per participant, a print guide.</summary>
public sealed class SessionPackTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private static readonly string[] Names = ["Marieke de Vries", "Sanne Bakker", "Ahmed El Amrani", "Joost Verhoeven", "Fatima Yilmaz", "Pieter Jansen"];

    private Product Pack(bool duplex = true, ProductContext? context = null)
    {
        var path = Path.Join(RepoPaths.Root, "sessies", "voorbeeld.yaml");
        var session = SessionReader.Read(File.ReadAllText(path), "voorbeeld.yaml", fixture.Data).Session ?? throw new InvalidOperationException("example has errors");
        return SessionPack.Build(session, splits: false, context ?? fixture.Context, duplex: duplex);
    }

    private static bool IsBlank(RecordedPage page) => page.Texts.Count == 1 && page.Texts[0].Text == DocumentComposer.BlankPageText;

    [Fact]
    public void Duplex_pack_starts_every_participant_and_every_worksheet_on_an_odd_page()
    {
        var canvas = ProductFixture.Compose(Pack());
        var names = canvas.Bookmarks.Where(b => b.Level == 1 && Names.Contains(b.Title)).ToList();
        Assert.Equal(Names, names.Select(b => b.Title));
        Assert.All(names, b => Assert.True(b.Page % 2 == 1, $"{b.Title} op pagina {b.Page}"));
        var sheets = canvas.Bookmarks.Where(b => b.Level == 2 && canvas.Bookmarks.IndexOf(b) > canvas.Bookmarks.IndexOf(names[0]) - 1).ToList();
        Assert.Equal(Names.Length * 4, sheets.Count);
        Assert.All(sheets, b => Assert.True(b.Page % 2 == 1, $"{b.Title} op pagina {b.Page}"));

        // Every page left blank for this says so, and nothing else is on it.
        var blanks = canvas.Pages.Where(IsBlank).Count();
        Assert.True(blanks > 0);
        Assert.All(canvas.Pages.Where(p => p.Texts.Count == 0), p => Assert.NotEmpty(p.Paths.Concat<object>(p.Rectangles).Concat(p.Lines)));
    }

    [Fact]
    public void Single_sided_pack_has_no_blank_pages()
    {
        var single = ProductFixture.Compose(Pack(duplex: false));
        var duplex = ProductFixture.Compose(Pack());
        Assert.DoesNotContain(single.Pages, IsBlank);
        Assert.Equal(duplex.Pages.Count - duplex.Pages.Count(IsBlank), single.Pages.Count);
    }

    [Fact]
    public void The_print_guide_names_each_part_with_its_pages_and_goes_to_the_terminal_too()
    {
        var pack = Pack();
        var canvas = ProductFixture.Compose(pack);
        Assert.Contains(pack.Notes, n => n.StartsWith("Het hele pakket (" + canvas.Pages.Count + " pagina's) dubbelzijdig", StringComparison.Ordinal));
        var handout = canvas.Bookmarks.First(b => b.Title == fixture.Method("reflecting-team").Title).Page;
        var handoutEnd = handout + ProductFixture.Compose(Handout.Build(fixture.Method("reflecting-team"), fixture.Context)).Pages.Count - 1;
        Assert.Contains(pack.Notes, n => n.StartsWith($"Handout (pagina's {handout}–{handoutEnd})", StringComparison.Ordinal));
        var cards = canvas.Bookmarks.Single(b => b.Title == "Stap- en rolkaarten").Page;
        Assert.Contains(pack.Notes, n => n.StartsWith($"Stap- en rolkaarten (pagina's {cards}–", StringComparison.Ordinal) && n.Contains("karton", StringComparison.Ordinal));
        var text = string.Join(" ", canvas.AllTexts);
        Assert.Contains("Afdrukwijzer", text);
        Assert.Contains($"Handout (pagina’s {handout}–{handoutEnd})", text.Replace("'", "’", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cover_is_a_designed_checklist_without_a_page_number_and_the_print_guide_is_the_next_page()
    {
        var canvas = ProductFixture.Compose(Pack());
        var cover = canvas.Pages[0];
        var band = cover.Rectangles.Single(r => r.Fill == Palette.Accent).Rect;
        Assert.True(band.Width * band.Height >= 0.4 * cover.Size.Width * cover.Size.Height);
        var texts = cover.Texts.Select(t => t.Text).ToList();
        Assert.Contains("Intervisiegroep wijkteams", string.Join(" ", texts));
        foreach (var label in (string[])["Datum", "Tijd", "Plaats", "Methode", "Gespreksleider", "Inbrenger", "Deelnemers (6)"])
        {
            Assert.Contains(label, texts);
        }

        Assert.Contains("donderdag 3 december 2026", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("pagina ", StringComparison.Ordinal));
        Assert.Contains(canvas.Pages[1].Texts, t => t.Text == "Afdrukwijzer");
        Assert.Equal(1, canvas.Bookmarks.Single(b => b.Title == "Sessiepakket: Intervisiegroep wijkteams Noord").Page);
    }

    [Fact]
    public void The_draaiboek_has_a_square_to_tick_beside_every_step()
    {
        var pack = Pack();
        var canvas = ProductFixture.Compose(pack);
        var page = canvas.Pages.First(p => p.Texts.Any(t => t.Text == "Draaiboek"));
        var rows = page.Texts.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t.Text, @"^\d\d:\d\d–\d\d:\d\d$")).ToList();
        var squares = page.Rectangles.Where(r => Math.Abs(r.Rect.Width - Units.Mm(5)) < 0.01 && Math.Abs(r.Rect.Height - Units.Mm(5)) < 0.01).ToList();
        Assert.True(rows.Count >= 5, $"{rows.Count} rijen");
        Assert.Equal(rows.Count, squares.Count);
        Assert.All(rows, row => Assert.Single(squares, s => s.Rect.Y < row.Baseline && s.Rect.Bottom > row.Baseline - 8));
        Assert.All(squares, s => Assert.True(s.Rect.X > rows[0].X + Units.Mm(150), "het vakje staat in de laatste kolom"));
    }

    [Fact]
    public void The_draaiboek_says_who_is_at_work_in_each_step_and_draws_the_timeline_in_clock_times()
    {
        var pack = Pack();
        Assert.Contains("Gespreksleider: Marieke de Vries; inbrenger: Sanne Bakker.", pack.Markdown);
        Assert.Contains("[[tijdlijn reflecting-team]]", pack.Markdown);
        var page = ProductFixture.Compose(pack).Pages.First(p => p.Texts.Any(t => t.Text == "Draaiboek"));
        var texts = page.Texts.Select(t => t.Text).ToList();
        Assert.Contains("Wie", texts);
        Assert.Contains("13:30", texts); // the timeline's first clock time, above the bar
        Assert.Contains("14:10", texts); // and its end
        var timeline = page.Texts.First(t => t.Text == "13:30");
        var header = page.Texts.First(t => t.Text == "Tijd");
        Assert.True(timeline.Baseline < header.Baseline, "de tijdlijn staat boven de tabel");
    }

    [Theory]
    [InlineData("reflecting-team", 2, "inbrenger, gespreksleider, reflecting team (teamleden)")]
    [InlineData("vissenkom", 3, "binnengroep, buitengroep")]
    [InlineData("collegiale-consultatie", 1, "–")]
    public void Who_is_at_work_comes_from_the_steps_instructions_and_words(string method, int step, string who)
    {
        var m = fixture.Method(method);
        Assert.Equal(who, SessionPack.Who(m.Steps.First(s => s.Number == step), m));
    }

    [Fact]
    public void The_draaiboek_notes_a_step_title_as_the_source_has_it()
    {
        var session = SessionReader.Read("groep: G\ndatum: 2026-12-03\nbegintijd: 13:30\nlocatie: L\nmethode: collegiale-consultatie\ngespreksleider: A\ndeelnemers: [A, B, C, D]\n", "s.yaml", fixture.Data).Session!;
        var markdown = SessionPack.Cover(session, splits: false, fixture.Context).Markdown;
        Assert.Contains("Feedback I \\[*zo in de bron\\: ook stap 5 heet Feedback I*\\]", markdown);
    }

    [Fact]
    public void No_page_of_the_pack_holds_only_a_heading()
    {
        var canvas = ProductFixture.Compose(Pack());
        var nearlyEmpty = canvas.Pages.Select((p, i) => (Page: i + 1, p.Texts.Count, Shapes: p.Paths.Count + p.Rectangles.Count + p.Lines.Count))
            .Where(p => p.Count is > 1 and < 4 && p.Shapes == 0).ToList();
        Assert.Empty(nearlyEmpty);
    }

    [Fact]
    public void The_print_guide_page_comes_from_its_own_template()
    {
        var own = Directory.CreateTempSubdirectory("sjablonen").FullName;
        try
        {
            File.WriteAllText(Path.Join(own, "afdrukwijzer.sbn"), "# Zo druk je dit af\n\n{{ for regel in regels }}{{ for.index + 1 }}. {{ regel | md }}\n{{ end }}");
            var context = new ProductContext(fixture.Data, new TemplateRenderer(new TemplateSet(Path.Join(RepoPaths.Root, "templates"), own)));
            var pack = Pack(context: context);
            var guide = ProductFixture.Compose(pack).Pages[1];
            Assert.Contains(guide.Texts, t => t.Text == "Zo druk je dit af");
            Assert.DoesNotContain(guide.Texts, t => t.Text == "Afdrukwijzer");
            Assert.StartsWith("# Zo druk je dit af\n\n1. ", pack.Markdown, StringComparison.Ordinal);
            Assert.Contains($"{pack.Notes.Count}. ", pack.Markdown, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(own, recursive: true);
        }
    }
}
