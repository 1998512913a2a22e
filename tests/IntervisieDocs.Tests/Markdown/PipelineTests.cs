using IntervisieDocs.Markdown;
using IntervisieDocs.Markdown.Extensions;
using IntervisieDocs.Markdown.Extensions.Directives;
using IntervisieDocs.Markdown.Extensions.PageBreak;

namespace IntervisieDocs.Tests.Markdown;

public sealed class PipelineTests
{
    [Fact]
    public void The_pipeline_is_built_once_and_shared()
    {
        Assert.Same(MarkdownPipelineFactory.Pipeline, MarkdownPipelineFactory.Pipeline);
    }

    [Fact]
    public void A_built_pipeline_learns_no_new_directives()
    {
        var directives = MarkdownPipelineFactory.Create().Extensions.Find<DirectivesExtension>()!.Directives;

        Assert.Throws<InvalidOperationException>(() => directives.Add(new PageBreakParser()));
    }

    [Fact]
    public void Rendering_concurrently_gives_the_same_result()
    {
        const string Markdown = "# Kop\n\n- een\n- twee\n\n[[schrijfregels 3]]";
        var expected = Support.PageDump.Everything(Support.Compose.Markdown(Markdown));

        var results = Enumerable.Range(0, 8).AsParallel()
            .Select(_ => Support.PageDump.Everything(Support.Compose.Markdown(Markdown)))
            .ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Use_methods_are_idempotent()
    {
        var pipeline = new Markdig.MarkdownPipelineBuilder().UsePageBreaks().UsePageBreaks().Build();

        Assert.Single(pipeline.Extensions.OfType<DirectivesExtension>());
    }
}
