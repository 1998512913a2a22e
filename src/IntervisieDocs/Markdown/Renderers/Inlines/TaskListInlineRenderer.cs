using Markdig.Extensions.TaskLists;

namespace IntervisieDocs.Markdown.Renderers.Inlines;

/// <summary>The <c>[ ]</c> of a task item prints nothing itself: the list renderer draws a checkbox for it.</summary>
internal sealed class TaskListInlineRenderer : LayoutObjectRenderer<TaskList>
{
    protected override void Write(LayoutRenderer renderer, TaskList obj)
    {
    }
}
