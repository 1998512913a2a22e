using System.Runtime.CompilerServices;
using IntervisieDocs.Layout;
using IntervisieDocs.Pdf;
using IntervisieDocs.Typography;

namespace IntervisieDocs.Products;

/// <summary>
/// A cold start's one-time work that does not depend on the data — the fonts, the hyphenation patterns,
/// the Markdown pipeline, the template engine's built-ins — done on another core while the data loads
/// (a cold <c>intervisie schatkist</c> spent ~100 ms on it in the critical path). Each part is the same
/// lazy, locked initialisation the product would run anyway, so the output does not change.
/// </summary>
internal static class Warmup
{
    private const string Sample = """
        # Kop {#kop}

        Een alinea met *nadruk*, **vet**, een afbreekbaar woord als intervisiebijeenkomst en “aanhalingstekens”.

        - een punt
        - nog een punt

        1. eerste
        2. tweede

        :::::: tabel 10mm * 12mm
        ::::: kop
        :::: cel
        **Nr**
        ::::
        :::: cel
        **Stap**
        ::::
        :::: cel
        **Min**
        ::::
        :::::
        ::::: rij
        :::: cel
        1
        ::::
        :::: cel
        Inleiding
        ::::
        :::: cel
        5
        ::::
        :::::
        ::::::

        ::: kader Let op
        Tekst in een kader.
        :::
        """;

    private static int _started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1 || Environment.ProcessorCount < 2)
        {
            return;
        }

        _ = Task.Run(Run);
    }

    /// <summary>The warm-up itself, on the calling thread (a test checks that the sample still lays out and writes).</summary>
    internal static void Run()
    {
        foreach (var face in new[] { FontFace.Regular, FontFace.Bold, FontFace.Italic, FontFace.BoldItalic })
        {
            _ = FontSetup.CreateFont(face, 10);
        }

        _ = DutchHyphenator.Instance;
        RuntimeHelpers.RunClassConstructor(typeof(Markdown.MarkdownPipelineFactory).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(Scriban.Functions.BuiltinFunctions).TypeHandle);

        // A page of the common constructs through Markdown, layout and PDF: the methods the real
        // product runs (most of them generic code the runtime compiles on first use) are compiled here.
        var content = Markdown.MarkdownLayout.Render(Sample, Markdown.PrintTheme.Booklet);
        _ = PdfRenderer.Render(new DocumentModel("Opwarmen", [new Section(PageStyles.A5Booklet(), content)]));
    }
}
