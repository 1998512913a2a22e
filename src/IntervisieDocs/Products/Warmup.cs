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
    private static int _started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1 || Environment.ProcessorCount < 2)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            foreach (var face in new[] { FontFace.Regular, FontFace.Bold, FontFace.Italic, FontFace.BoldItalic })
            {
                _ = FontSetup.CreateFont(face, 10);
            }

            _ = DutchHyphenator.Instance;
            RuntimeHelpers.RunClassConstructor(typeof(Markdown.MarkdownPipelineFactory).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(Scriban.Functions.BuiltinFunctions).TypeHandle);
        });
    }
}
