using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace IntervisieDocs.Markdown.Extensions.Containers;

/// <summary>
/// After parsing, replaces every generic <see cref="CustomContainer"/> by the block type of its
/// name, so renderers see typed nodes. An unknown or unclosed container is an error: an unclosed
/// <c>:::</c> would silently pull the rest of the document into one box.
/// </summary>
internal sealed class ContainerResolver(SyntaxRegistry<IContainerParser> registry)
{
    public void Resolve(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<CustomContainer>().ToList())
        {
            var context = Context(container);
            if (container.ClosingFencedCharCount == 0)
            {
                throw context.Fail("het afsluitende ::: ontbreekt");
            }

            if (context.Name.Length == 0)
            {
                throw context.Fail($"de soort blok ontbreekt; bekend zijn: {registry.KnownNames}");
            }

            if (!registry.Entries.TryGetValue(context.Name, out var parser))
            {
                throw context.Fail($"onbekend blok; bekend zijn: {registry.KnownNames}");
            }

            Replace(container, parser.Create(context));
        }
    }

    private static ContainerContext Context(CustomContainer container)
    {
        var name = container.Info ?? "";
        var arguments = (container.Arguments ?? "").Trim();
        var source = (new string(':', container.OpeningFencedCharCount) + " " + name + " " + arguments).Trim();
        return new ContainerContext(container.Parser, container.Line + 1, source, name, arguments);
    }

    private static void Replace(CustomContainer container, ContainerBlock typed)
    {
        typed.Line = container.Line;
        typed.Column = container.Column;
        typed.Span = container.Span;
        container.TransferChildrenTo(typed);
        var parent = container.Parent!;
        var index = parent.IndexOf(container);
        parent.RemoveAt(index);
        parent.Insert(index, typed);
    }
}
