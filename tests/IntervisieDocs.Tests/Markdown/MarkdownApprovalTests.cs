using IntervisieDocs.Layout;
using IntervisieDocs.Markdown;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Markdown;

/// <summary>
/// The whole sample (every construct) as a page dump, checked against a verified file. After an
/// intended layout change: run, diff Approved/*.received.txt with *.verified.txt, rename to accept.
/// </summary>
public sealed class MarkdownApprovalTests
{
    private const string Folder = "tests/IntervisieDocs.Tests/Markdown/Approved";
    private const string Sample = "Markdown/Samples/alle-constructies.md";

    [Fact]
    public void Every_construct_on_A4_with_the_default_theme()
    {
        var canvas = Compose.Markdown(Samples.Read(Sample));

        Approvals.Verify("alle-constructies-a4", PageDump.Everything(canvas), Folder);
    }

    [Fact]
    public void Every_construct_on_A5_with_the_compact_theme()
    {
        var a5 = PageSetup.WithMarginsMm(PageSetup.A5, 12);
        var canvas = Compose.Markdown(Samples.Read(Sample), PrintTheme.Compact, a5);

        Approvals.Verify("alle-constructies-a5-compact", PageDump.Everything(canvas), Folder);
    }

    [Fact]
    public void Text_dump_lists_every_text_with_page_and_position()
    {
        var canvas = Compose.Markdown("# Titel\n\nTekst.\n\n[[nieuwe-pagina]]\n\nVerder.");

        Assert.Equal(
            "p1 y=75 x=57 Bold 18 \"Titel\"\np1 y=97 x=57 Regular 10 \"Tekst.\"\np2 y=67 x=57 Regular 10 \"Verder.\"\n",
            PageDump.Texts(canvas));
    }
}
