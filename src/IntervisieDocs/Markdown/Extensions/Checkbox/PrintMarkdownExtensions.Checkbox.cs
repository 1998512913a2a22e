using IntervisieDocs.Markdown.Extensions.Checkbox;
using Markdig;

namespace IntervisieDocs.Markdown.Extensions;

internal static partial class PrintMarkdownExtensions
{
    /// <summary>
    /// <c>[[vakje "tekst"]]</c>, and task items <c>- [ ] tekst</c> / <c>- [x] tekst</c> (Markdig's
    /// task lists; the list renderer draws them as checkboxes).
    /// </summary>
    public static MarkdownPipelineBuilder UseCheckboxes(this MarkdownPipelineBuilder pipeline) =>
        pipeline.UseTaskLists().UseDirective<CheckboxParser, CheckboxRenderer>();
}
