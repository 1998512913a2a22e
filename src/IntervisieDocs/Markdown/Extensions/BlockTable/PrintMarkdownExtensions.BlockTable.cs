using IntervisieDocs.Markdown.Extensions.BlockTable;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary><c>:::::: tabel 12mm * 18mm</c> with <c>::::: kop</c>/<c>::::: rij</c> and <c>:::: cel</c>: a table with block content.</summary>
    public static MarkdownPipelineBuilder UseBlockTables(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseContainer<BlockTableParser, BlockTableRenderer>();
}
