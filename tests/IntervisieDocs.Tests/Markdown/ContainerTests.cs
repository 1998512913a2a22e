using IntervisieDocs.Layout;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

public sealed class ContainerTests
{
    [Fact]
    public void Frame_draws_a_border_around_its_title_and_content()
    {
        var page = Compose.Markdown("::: kader Spelregels\nWat hier gezegd wordt, blijft hier.\n:::").Pages[0];

        var frame = Assert.Single(page.Rectangles);
        Assert.NotNull(frame.Stroke);
        Assert.Null(frame.Fill);
        Assert.Equal(["Spelregels", "Wat hier gezegd wordt, blijft hier."], page.Texts.Select(t => t.Text));
        Assert.True(page.Texts[0].Style.IsBold);
        Assert.All(page.Texts, t => Assert.True(t.X > frame.Rect.X && t.Baseline < frame.Rect.Bottom));
    }

    [Fact]
    public void Frame_title_is_optional_and_keeps_escaped_characters_literal()
    {
        var untitled = Compose.Markdown("::: kader\nInhoud\n:::").Pages[0];
        var escaped = Compose.Markdown("::: kader Vraag \\*1\\*\nInhoud\n:::").Pages[0];

        Assert.Equal(["Inhoud"], untitled.Texts.Select(t => t.Text));
        Assert.Equal("Vraag *1*", escaped.Texts[0].Text);
    }

    [Fact]
    public void Gray_frame_is_shaded()
    {
        var frame = Assert.Single(Compose.Markdown("::: kader-grijs Let op\nTekst\n:::").Pages[0].Rectangles);

        Assert.NotNull(frame.Fill);
        Assert.Equal(frame.Fill.Value.R, frame.Fill.Value.G);
    }

    [Fact]
    public void Frame_holds_any_markdown_including_directives()
    {
        var page = Compose.Markdown("::: kader Vraag\n- een\n- twee\n\n[[schrijfregels 2]]\n:::").Pages[0];

        Assert.Contains(page.Texts, t => t.Text == "•");
        Assert.Equal(2, page.Lines.Count);
        Assert.All(page.Lines, l => Assert.True(l.X1 > page.Rectangles[0].Rect.X));
    }

    [Fact]
    public void Keep_together_moves_a_block_that_would_split_to_the_next_page()
    {
        // The writing lines leave about 48 pt: room for two lines of text, not for the whole block.
        // More writing lines after it fill the next page, so that it is no stub to rebalance.
        const string Filler = "[[schrijfregels 28]]\n\n";
        const string Block = "Een\n\nTwee\n\nDrie\n\nVier\n";
        const string After = "\n[[schrijfregels 12]]\n";

        var loose = Compose.Markdown(Filler + Block + After);
        var together = Compose.Markdown(Filler + "::: bijelkaar\n" + Block + ":::\n" + After);

        Assert.NotEmpty(loose.Pages[0].Texts);
        Assert.Empty(together.Pages[0].Texts);
        Assert.Equal(["Een", "Twee", "Drie", "Vier"], together.Pages[1].Texts.Select(t => t.Text));
    }

    [Fact]
    public void Card_is_a_framed_box_with_optional_title()
    {
        var page = Compose.Markdown("::: kaart Stap 1\nDe inbrenger vertelt.\n:::").Pages[0];

        Assert.Single(page.Rectangles);
        Assert.Equal(["Stap 1", "De inbrenger vertelt."], page.Texts.Select(t => t.Text));
    }

    [Fact]
    public void Containers_nest()
    {
        var page = Compose.Markdown(":::: bijelkaar\n::: kader Binnen\nTekst\n:::\n::::").Pages[0];

        Assert.Single(page.Rectangles);
        Assert.Equal(["Binnen", "Tekst"], page.Texts.Select(t => t.Text));
    }
}
