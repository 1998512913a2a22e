using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Products;
using IntervisieDocs.Tests.Support;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Tests.Products;

public sealed class HandoutTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private const string Approved = "tests/IntervisieDocs.Tests/Products/Approved";

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_markdown_is_as_approved(string id)
    {
        var product = Handout.Build(fixture.Data.FindMethod(id)!, fixture.Context);
        Approvals.Verify($"handout-{id}", product.Markdown, Approved);
    }

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_is_one_or_two_A4_pages_with_everything_inside_the_margins(string id)
    {
        var product = Handout.Build(fixture.Data.FindMethod(id)!, fixture.Context);
        var canvas = new RecordingCanvas();
        var measurer = new TextMeasurer();
        DocumentComposer.Compose(product.Document, canvas, measurer);

        Assert.InRange(canvas.Pages.Count, 1, 2);
        var page = product.Document.Sections[0].Page;
        var printable = new Rect(page.Margins.Left, page.Margins.Top, page.PageSize.Width - page.Margins.Horizontal, page.PageSize.Height - page.Margins.Vertical);
        foreach (var recorded in canvas.Pages)
        {
            Assert.Equal(PageSetup.A4, recorded.Size);
            foreach (var text in recorded.Texts)
            {
                var m = measurer.Metrics(text.Style.Face);
                var bounds = new Rect(text.X, text.Baseline - (m.Ascent * text.Style.Size), text.Width, (m.Ascent + m.Descent) * text.Style.Size);
                Assert.True(printable.Contains(bounds, 0.5), $"\"{text.Text}\" valt buiten de marges");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProductFixture.MethodIds), MemberType = typeof(ProductFixture))]
    public void Handout_shows_every_step_title_and_time(string id)
    {
        var method = fixture.Data.FindMethod(id)!;
        var canvas = new RecordingCanvas();
        DocumentComposer.Compose(Handout.Build(method, fixture.Context).Document, canvas, new TextMeasurer());
        var texts = canvas.JoinedText;

        Assert.Contains(DutchPunctuation.Apply(method.Title), texts);
        foreach (var step in method.Steps)
        {
            Assert.Contains(step.Title.Split(' ')[0], texts);
            if (step.Minutes is { } minutes)
            {
                Assert.Contains($"{minutes} min", texts);
            }
        }
    }

    [Fact]
    public void A_total_that_differs_from_the_source_is_printed_with_the_reason()
    {
        var markdown = Handout.Build(fixture.Data.FindMethod("snelle-adviesrondes")!, fixture.Context).Markdown;
        Assert.Contains("20 min voor één onderwerp. De bron noemt 15 min: de tijd van de stappen die per onderwerp herhalen.", markdown);
        Assert.Contains("20 min voor één onderwerp, 15 min meer per volgend onderwerp; de bron noemt 15 min", markdown);
        Assert.Contains("*per onderwerp*", markdown);
    }

    [Fact]
    public void Optional_steps_are_marked()
    {
        var markdown = Handout.Build(fixture.Data.FindMethod("socratische-methode")!, fixture.Context).Markdown;
        Assert.Contains("*eventueel*", markdown);
        Assert.Contains("100 min (1 uur 40 min); zonder de stappen die eventueel zijn 80 min (1 uur 20 min); de bron noemt 75 min", markdown);
        Assert.Contains("De bron noemt 75 min; hier tellen ook de stappen mee die eventueel zijn (zonder die stappen 80 min).", markdown);
    }
}
