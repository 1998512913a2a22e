using IntervisieDocs.Markdown.Extensions;
using Markdig;

namespace IntervisieDocs.Markdown;

/// <summary>The one Markdown dialect of every printed product, built once and shared (Markdig pipelines are thread-safe).</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = Create();

    /// <summary>
    /// CommonMark, pipe tables, task lists, <c>:::</c> containers, heading attributes and the print
    /// directives. No smart typography: text prints with the characters it was written with.
    /// </summary>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseWritingLines()
            .UseAnswerBoxes()
            .UseWordFigures()
            .UseMethodFigures()
            .UseCheckboxes()
            .UseRatingScales()
            .UsePageBreaks()
            .UseContents()
            .UseKeepTogether()
            .UseFrames()
            .UseCards()
            .UseBlockTables()
            // Generic attributes hook into the block parsers registered before them, so they come last.
            .UseGenericAttributes()
            .UseLiteralBraces()
            .Build();
}
