using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Loading;

/// <summary>
/// The places the issue of truthful sources named are marked in the real data, so the paper can say
/// what is damaged, reconstructed, ours or corrected (docs/seed-*-notes.md keep the reasons).
/// </summary>
public sealed class RealSourceMarkTests(RealDataFixture data) : IClassFixture<RealDataFixture>
{
    private static readonly string[] Seed004 =
    [
        "vissenkom", "snelle-adviesrondes", "vijfstappenmethode", "tienstappenmethode", "roddelmethode", "dominante-ideeen",
        "clinic", "oplossingsgerichte-methode", "intuitieve-methode", "incidentmethode", "modelling", "socratische-methode",
        "balint-methode", "collegiale-consultatie",
    ];

    [Theory]
    [InlineData("tienstappenmethode", 8)]
    [InlineData("collegiale-consultatie", 1)]
    [InlineData("collegiale-consultatie", 3)]
    [InlineData("basisintervisiemethode", 1)]
    [InlineData("krachtenveldanalyse", 3)]
    public void Damaged_step_texts_are_marked_incomplete(string method, int step)
    {
        var marks = data.Method(method).Steps[step - 1].Marks;
        Assert.True(marks.Has("beschrijving", SourceMarkKind.Incomplete));
    }

    [Fact]
    public void The_reconstructed_titles_of_seed_004_and_of_the_reflecting_team_are_marked()
    {
        var marked = data.Data.Methods.Where(m => m.Marks.Has("titel", SourceMarkKind.Reconstructed)).Select(m => m.Id);
        Assert.Equal(Seed004.Append("reflecting-team").Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
        Assert.Equal("beschrijvende titel van ons; de bron noemt geen titel",
            data.Method("intuitieve-methode").Marks.For("titel").Single().Note);
        Assert.Equal("titel toegevoegd; de bron noemt geen titel", data.Method("vissenkom").Marks.For("titel").Single().Note);
    }

    [Fact]
    public void Every_purpose_taken_from_elsewhere_is_marked_and_no_other()
    {
        string[] borrowed =
        [
            "basisintervisiemethode", "collegiale-consultatie", "krachtenveldanalyse", "luisteroefening", "modelling",
            "reflecting-team", "socratische-methode", "stappenplan",
        ];
        var marked = data.Data.Methods.Where(m => m.Marks.Has("doel", SourceMarkKind.Reconstructed)).Select(m => m.Id);
        Assert.Equal(borrowed, marked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fit_for_beginners_is_our_guideline_except_where_the_source_says_so()
    {
        var fromSource = data.Data.Methods.Where(m => !m.Marks.Has("voor_beginners", SourceMarkKind.Guideline)).Select(m => m.Id);
        Assert.Equal(["basisintervisiemethode"], fromSource);
    }

    [Fact]
    public void A_guideline_group_size_is_a_mark_like_every_other()
    {
        Assert.All(data.Data.Methods.Where(m => m.GroupSize.IsGuideline),
            m => Assert.Equal("richtlijn; de bron noemt geen groepsgrootte", m.Marks.For("groepsgrootte").Single().Note));
        Assert.Empty(data.Method("reflecting-team").Marks.For("groepsgrootte"));
    }

    [Fact]
    public void The_inferred_role_paragraph_of_the_vissenkom_is_marked()
    {
        Assert.True(data.Method("vissenkom").Steps[2].Marks.Has("rollen.binnengroep", SourceMarkKind.Reconstructed));
    }

    [Fact]
    public void The_second_Feedback_I_is_flagged_as_the_sources()
    {
        var steps = data.Method("collegiale-consultatie").Steps;
        Assert.Equal(["Feedback I", "Feedback I"], new[] { steps[4].Title, steps[6].Title });
        Assert.True(steps[6].Marks.Has("titel", SourceMarkKind.AsInSource));
    }

    [Fact]
    public void Corrected_typos_keep_the_sources_words_and_the_text_has_ours()
    {
        var marks = data.Result.Marks.Where(p => p.Mark.Kind == SourceMarkKind.Corrected).Select(p => p.Mark).ToList();
        Assert.Contains(marks, m => m is { Original: "een geef", Corrected: "en geef" });
        Assert.Contains(marks, m => m is { Original: "War men", Corrected: "Waar men" });
        Assert.Contains(marks, m => m is { Original: "kerken ik niet", Corrected: "herken ik niet" });
        Assert.All(marks, m => Assert.Equal($"verbeterd; de bron schrijft '{m.Original}'", m.Note));

        var step = data.Method("balint-methode").Steps[9];
        Assert.Contains("Waar men voor kiest", step.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("War men", step.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_lists_every_mark_with_its_place()
    {
        var places = data.Result.Marks;
        var onObjects = data.Data.Methods.Sum(m => m.Marks.Count + m.Steps.Sum(s => s.Marks.Count))
            + data.Data.QuestionBanks.Sum(b => b.Marks.Count)
            + data.Data.Texts.Sum(t => t.Marks.Count + t.Sections.Sum(s => s.Marks.Count));
        Assert.Equal(onObjects, places.Count);
        Assert.All(places, p => Assert.True(p.Position.Line > 0));
        Assert.Contains(places, p => p.ToString().EndsWith(": onvolledig: stap 8, beschrijving — de bron is hier onvolledig", StringComparison.Ordinal)
            && p.File.EndsWith("tienstappenmethode.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lost_figure_of_seed_000_is_redrawn_with_exactly_the_seeds_words()
    {
        var section = data.Data.FindText("uitgangspunten-oplossingsgericht")!.Sections.Single(s => s.Figure.Count > 0);
        Assert.Equal(["SITUATIE", "Moeilijkheden", "Mogelijkheden"], section.Figure);
        Assert.True(section.Marks.Has("figuur", SourceMarkKind.Reconstructed));
    }
}
