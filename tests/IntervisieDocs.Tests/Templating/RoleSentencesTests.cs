using IntervisieDocs.Model;
using IntervisieDocs.Templating;

namespace IntervisieDocs.Tests.Templating;

/// <summary>The sentences of a step's description that name a role, word for word.</summary>
public sealed class RoleSentencesTests
{
    private static IReadOnlyList<string> Forms(string id, string name) => RoleSentences.Forms(new Role(id, name, null));

    [Fact]
    public void A_role_is_found_by_its_name_its_id_and_their_singular_and_plural()
    {
        var groepsleden = Forms("groepsleden", "Leden van de groep");
        Assert.True(RoleSentences.Names("Elk groepslid geeft een advies.", groepsleden));
        Assert.True(RoleSentences.Names("De leden van de groep vertellen.", groepsleden));
        Assert.False(RoleSentences.Names("De groep beslist.", groepsleden));

        var team = Forms("teamleden", "Reflecting team (teamleden)");
        Assert.True(RoleSentences.Names("Het reflecting team bespreekt.", team));
        Assert.True(RoleSentences.Names("Een teamlid vat samen.", team));

        Assert.True(RoleSentences.Names("De INBRENGERS luisteren.", Forms("inbrenger", "Inbrenger")));
        Assert.False(RoleSentences.Names("De casusinbrenger vertelt.", Forms("inbrenger", "Inbrenger")));
        Assert.True(RoleSentences.Names("De gespreksleider let op.", Forms("gesprekleider", "Gesprekleider")));
        Assert.True(RoleSentences.Names("de collega´s stellen vragen", Forms("groepsleden", "Collega’s in de intervisiegroep")));
    }

    [Fact]
    public void Abbreviations_and_punctuation_inside_a_sentence_do_not_end_it()
    {
        Assert.Equal(
            ["Hij noemt o.a. de tijd en bijv. de plaats (!) van het gesprek.", "Daarna vraagt hij: \"Wie heeft er welke twijfels?\".", "Klaar!"],
            RoleSentences.Sentences("Hij noemt o.a. de tijd en bijv. de plaats (!) van het gesprek. Daarna vraagt hij:\n\"Wie heeft er welke twijfels?\". Klaar!"));
    }

    [Fact]
    public void The_excerpt_keeps_the_words_marks_gaps_and_keeps_the_list_a_sentence_introduces()
    {
        var forms = Forms("inbrenger", "Inbrenger");
        Assert.Equal(
            "De inbrenger vertelt. … De inbrenger luistert.",
            RoleSentences.Excerpt("De inbrenger vertelt. Iedereen schrijft. De inbrenger luistert.", forms));
        Assert.Equal(
            "De inbrenger vertelt kort:\n\n- Hier ben ik mee bezig\n- Zo pak ik het aan",
            RoleSentences.Excerpt("De inbrenger vertelt kort:\n\n- Hier ben ik mee bezig\n- Zo pak ik het aan\n\nIedereen noteert vragen.", forms));
        Assert.Equal(
            "- De inbrenger formuleert zijn vraag.",
            RoleSentences.Excerpt("- Groepsleden formuleren.\n- De inbrenger formuleert zijn vraag.", forms));
        Assert.Equal("", RoleSentences.Excerpt("Iedereen schrijft.", forms));
    }

    [Fact]
    public void A_note_goes_with_the_excerpt_it_concerns()
    {
        const string description = "De groepsleden vertellen.\n\nDe inbrenger kan uitleggen wat deze intervisie.";
        Assert.True(RoleSentences.NoteConcerns("de bron is hier onvolledig: de laatste zin breekt af", "De inbrenger kan uitleggen wat deze intervisie.", description));
        Assert.False(RoleSentences.NoteConcerns("de bron is hier onvolledig: de laatste zin breekt af", "De groepsleden vertellen.", description));
        Assert.True(RoleSentences.NoteConcerns("tussen 'Zo pak ik het aan' en 'Dit' staat niets", "- Zo pak ik het aan", "…"));
        Assert.False(RoleSentences.NoteConcerns("tussen 'Zo pak ik het aan' en 'Dit' staat niets", "Iets anders.", "…"));
        Assert.True(RoleSentences.NoteConcerns("de bron beschrijft deze fase niet", "Iets.", "Iets."));
    }
}
