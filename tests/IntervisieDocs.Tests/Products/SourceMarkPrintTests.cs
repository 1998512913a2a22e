using IntervisieDocs.Model;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Products.Cards;
using IntervisieDocs.Products.Design;
using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Templating;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// What the data marks as not simply the source's words (<c>herkomst</c>) is told on paper, in every
/// product that prints the place; corrections are listed with the source; the schatkist names the source
/// of everything it prints. These fail when a mark, a note or a source line disappears from a template.
/// </summary>
public sealed class SourceMarkPrintTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    /// <summary>Fields a method's handout does not print (the chooser does, see below).</summary>
    private static readonly string[] NotInHandout = ["voor_beginners", "tags"];

    /// <summary>Fields the handout prints in its header band (drawn from the data, with their notes in brackets), not in its Markdown.</summary>
    private static readonly string[] InHeaderBand = ["doel", "groepsgrootte"];

    private static string Note(SourceMark mark) => SourceNotes.Markdown([mark]).Trim();

    private static string Correction(SourceMark mark) => $"‘{DutchFilters.Md(mark.Original!)}’ → ‘{DutchFilters.Md(mark.Corrected!)}’";

    private string Schatkist() => IntervisieDocs.Products.Schatkist.Build(fixture.Context).Markdown;

    private string Sources()
    {
        var markdown = Schatkist();
        return markdown[markdown.IndexOf("# Bronnen {#bronnen}", StringComparison.Ordinal)..];
    }

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void The_handout_notes_every_marked_place_of_its_method_and_lists_the_corrections(string id)
    {
        var method = fixture.Method(id);
        var handout = Handout.Build(method, fixture.Context).Markdown;
        var band = MethodFigures.HeaderBand(method);
        var bandText = band.Subtitle + " " + string.Join(" ", band.Facts.Select(f => f.Text));
        var marks = method.Marks.Where(m => !NotInHandout.Contains(m.Field)).Concat(method.Steps.SelectMany(s => s.Marks)).ToList();
        foreach (var mark in marks)
        {
            if (mark.Kind == SourceMarkKind.Corrected)
                Assert.Contains(Correction(mark), handout);
            else if (InHeaderBand.Contains(mark.Field))
                Assert.Contains($"[{DutchPunctuation.Apply(mark.Note)}]", bandText);
            else
                Assert.Contains(Note(mark), handout);
        }

        Assert.DoesNotContain("verbeterd; de bron schrijft", handout);
    }

    [Fact]
    public void Damaged_reconstructed_and_as_in_source_steps_are_noted_on_their_cards()
    {
        var checkedMarks = 0;
        foreach (var method in fixture.Data.Methods)
        {
            var cards = CardProducts.ForMethod(method, fixture.Context, new CardOptions(), new TextMeasurer()).Markdown;
            foreach (var mark in method.Steps.SelectMany(s => s.Marks).Where(m => m.Kind != SourceMarkKind.Corrected))
            {
                Assert.Contains(Note(mark), cards);
                checkedMarks++;
            }

            if (method.Marks.FirstOrDefault(m => m.Field == "groepsgrootte") is { } size)
                Assert.Contains(Note(size), cards);
        }

        Assert.True(checkedMarks >= 15, $"{checkedMarks} markeringen op stappen");
    }

    [Fact]
    public void The_method_deck_notes_a_borrowed_purpose_our_beginners_judgement_and_a_reconstructed_title()
    {
        var deck = CardProducts.ForAllMethods(fixture.Context, new CardOptions(), new TextMeasurer()).Markdown;
        foreach (var method in fixture.Data.Methods)
        {
            foreach (var mark in method.Marks.Where(m => m.Field == "titel" || (m.Field == "doel" && method.Purpose.Length > 0)))
                Assert.Contains(Note(mark), deck);
            if (method.ForBeginners && method.Marks.FirstOrDefault(m => m.Field == "voor_beginners") is { } beginners)
                Assert.Contains($"*Geschikt voor beginnende groepen.*{SourceNotes.Markdown([beginners])}", deck);
        }

        Assert.Contains("\\[*trefwoorden van ons*\\]", deck);
    }

    /// <summary>
    /// Every worksheet (each method-bound kind with every method it accepts) that prints a marked step
    /// text or question-bank text of at least a few words prints its note too — a damaged sentence on a
    /// form reads as damaged, as on the handout.
    /// </summary>
    [Fact]
    public void A_worksheet_that_prints_a_marked_text_prints_its_note()
    {
        var sheets = WorksheetKinds.All.SelectMany(k => k.UsesMethod
            ? fixture.Data.Methods.Select(m => TryWorksheet(k.Id, m)).OfType<Product>()
            : [fixture.Worksheet(k.Id)]).ToList();
        var places = fixture.Data.Methods.SelectMany(m => m.Steps.SelectMany(s => s.Marks.Select(k => (Text: StepField(s, k.Field), Mark: k))))
            .Concat(fixture.Data.QuestionBanks.SelectMany(b => b.Marks.Select(k => (Text: BankField(b, k.Field), Mark: k))))
            .Where(p => p.Mark.Kind != SourceMarkKind.Corrected && p.Text is { Length: >= 20 })
            .ToList();
        var checkedPlaces = 0;
        foreach (var sheet in sheets)
        {
            var plain = Plain(sheet.Markdown);
            foreach (var (text, mark) in places.Where(p => plain.Contains(Plain(p.Text!), StringComparison.Ordinal)))
            {
                Assert.True(sheet.Markdown.Contains(Note(mark), StringComparison.Ordinal), $"{sheet.FileName}: '{text}' zonder '{mark.Note}'");
                checkedPlaces++;
            }
        }

        Assert.True(checkedPlaces >= 1, $"{checkedPlaces} gemarkeerde plaatsen op werkbladen");
    }

    private Product? TryWorksheet(string kind, Method method)
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

    private static string? StepField(Step step, string field) => field switch
    {
        "titel" => step.Title,
        "doel" => step.Purpose,
        "beschrijving" => step.Description,
        _ when field.StartsWith("rollen.", StringComparison.Ordinal) => step.RoleInstructions.FirstOrDefault(r => "rollen." + r.RoleId == field)?.Text,
        _ => null,
    };

    private static string? BankField(QuestionBank bank, string field) => field switch
    {
        "titel" => bank.Title,
        "inleiding" => bank.Introduction,
        "afsluiting" => bank.Closing,
        _ => null,
    };

    /// <summary>Text without Markdown escapes, emphasis and line breaks, to find data text in a template's Markdown.</summary>
    private static string Plain(string markdown) =>
        string.Join(' ', markdown.Replace("\\", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal)
            .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_damaged_step_of_the_tienstappenmethode_says_so_on_the_page()
    {
        var canvas = ProductFixture.Compose(Handout.Build(fixture.Method("tienstappenmethode"), fixture.Context));
        var texts = canvas.Pages.SelectMany(p => p.Texts).ToList();
        var damaged = texts.Single(t => t.Text == "De i");
        Assert.Contains(texts, t => t.Text.Contains("de bron is hier onvolledig", StringComparison.Ordinal) && t.Style.IsItalic &&
            Math.Abs(t.X - damaged.X) < 6 && t.Baseline > damaged.Baseline && t.Baseline - damaged.Baseline < 20);
    }

    [Fact]
    public void The_schatkist_notes_every_marked_place_of_its_texts_and_question_banks()
    {
        var schatkist = Schatkist();
        var marks = fixture.Data.Texts.SelectMany(t => t.Marks.Concat(t.Sections.SelectMany(s => s.Marks)))
            .Concat(fixture.Data.QuestionBanks.SelectMany(b => b.Marks))
            .Where(m => m.Kind != SourceMarkKind.Corrected)
            .ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(Note(m), schatkist));
    }

    [Fact]
    public void The_sources_chapter_names_the_source_of_every_method_text_and_question_bank_and_every_correction()
    {
        var sources = Sources();
        Assert.All(fixture.Data.Methods, m => Assert.Contains($"**{DutchFilters.Md(m.Title)}:** {DutchFilters.Md(m.Source)}", sources));
        Assert.All(fixture.Data.Texts, t => Assert.Contains($"**{DutchFilters.Md(t.Title)}:** {DutchFilters.Md(t.Source)}", sources));
        Assert.All(fixture.Data.QuestionBanks, b => Assert.Contains($"**{DutchFilters.Md(b.Title)}:** {DutchFilters.Md(b.Source)}", sources));

        var corrections = fixture.Data.Methods.SelectMany(m => m.Marks.Concat(m.Steps.SelectMany(s => s.Marks)))
            .Concat(fixture.Data.Texts.SelectMany(t => t.Marks.Concat(t.Sections.SelectMany(s => s.Marks))))
            .Concat(fixture.Data.QuestionBanks.SelectMany(b => b.Marks))
            .Where(m => m.Kind == SourceMarkKind.Corrected)
            .ToList();
        Assert.True(corrections.Count >= 20, $"{corrections.Count} verbeteringen");
        Assert.All(corrections, c => Assert.Contains(Correction(c), sources));
    }

    [Fact]
    public void The_chooser_says_which_columns_are_ours_and_where_the_source_judges_beginners_itself()
    {
        var schatkist = Schatkist();
        var chooser = schatkist[schatkist.IndexOf("# Welke methode kies je?", StringComparison.Ordinal)..schatkist.IndexOf("# Methoden {#methoden}", StringComparison.Ordinal)];
        Assert.Contains("Van ons, niet uit de bronnen", chooser);
        Assert.DoesNotContain("doelregel", chooser);
        var fromSource = fixture.Data.Methods.Where(m => !m.Marks.Any(k => k.Field == "voor_beginners")).ToList();
        Assert.NotEmpty(fromSource);
        Assert.All(fromSource, m => Assert.Contains($"behalve bij {DutchFilters.Md(m.Title)}", chooser));
        Assert.DoesNotContain("6–6", chooser);
    }

    [Fact]
    public void The_schatkist_opens_with_the_sources_introduction_and_carries_the_smart_example_and_the_casus_prompts()
    {
        var schatkist = Schatkist();
        var opening = schatkist[..schatkist.IndexOf("# Wat is intervisie?", StringComparison.Ordinal)];
        Assert.Contains("# Inleiding", opening);
        Assert.Contains("Dit is een levend document.", opening);
        Assert.Contains("In deze hand-out heb ik 14 intervisiemethoden beschreven", opening);

        var smart = fixture.Data.FindText("smart")!;
        Assert.All(smart.Sections.Where(s => s.Example is not null), s => Assert.Contains(DutchFilters.Md(s.Example!), schatkist));
        Assert.Contains("In zulke inzichten bij het maken van een", schatkist);
        Assert.True(schatkist.IndexOf("(zie voorbeeld hieronder)", StringComparison.Ordinal) < schatkist.IndexOf("## Voorbeeld SMART gemaakt plan", StringComparison.Ordinal));

        Assert.Contains("- Wat is de situatie?", schatkist);
        Assert.Contains("- Wat is jouw hulp\\- of adviesvraag?", schatkist);
    }

    [Fact]
    public void The_reflecting_team_handout_draws_the_figure_with_exactly_the_sources_words_noted_as_redrawn()
    {
        var handout = Handout.Build(fixture.Method("reflecting-team"), fixture.Context);
        Assert.Contains("[[figuur \"SITUATIE\" \"Moeilijkheden\" \"Mogelijkheden\"]]", handout.Markdown);
        Assert.Contains("figuur opnieuw getekend", handout.Markdown);
        var texts = ProductFixture.Compose(handout).Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        Assert.Contains("SITUATIE", texts);
        Assert.Contains("Moeilijkheden", texts);
        Assert.Contains("Mogelijkheden", texts);
    }

    [Fact]
    public void The_modelling_worksheet_prints_the_questions_as_the_source_writes_them()
    {
        var sheet = fixture.Worksheet("modelling").Markdown;
        Assert.All(fixture.Data.FindQuestionBank("modelling-vragen")!.Questions, q => Assert.Contains(DutchFilters.Md(q), sheet));
        Assert.Contains("1\\. wat is zijn visie op de situatie?;", sheet);
    }

    [Theory]
    [InlineData("stappenplan", "De leider bewaakt de tijd en de stappen")]
    [InlineData("luisteroefening", "De overige deelnemers zijn ‘luisteraars’")]
    public void A_roles_sentence_that_the_steps_already_say_is_printed_once(string id, string sentence)
    {
        var handout = Handout.Build(fixture.Method(id), fixture.Context).Markdown.Replace("\\", "").Replace("\n", " ");
        var count = handout.Split(sentence).Length - 1;
        Assert.Equal(1, count);
    }

    [Fact]
    public void The_listening_exercise_states_its_group_as_the_source_does()
    {
        var product = Handout.Build(fixture.Method("luisteroefening"), fixture.Context);
        var page = ProductFixture.Compose(product).JoinedText;
        Assert.Contains("circa zes personen: 5 deelnemers en 1 procesbegeleider", page);
        Assert.DoesNotContain("6 deelnemers", page);
    }
}
