using IntervisieDocs.Products.Worksheets;
using IntervisieDocs.Tests.Support;

namespace IntervisieDocs.Tests.Products;

/// <summary>
/// The Markdown each worksheet template makes from the real data, as approved files: a change in a
/// template or in the data shows up here as a readable difference.
/// </summary>
public sealed class WorksheetMarkdownTests(ProductFixture fixture) : IClassFixture<ProductFixture>
{
    private const string Folder = "tests/IntervisieDocs.Tests/Products/Approved";

    public static TheoryData<string> Kinds => [.. WorksheetKinds.All.Select(k => k.Id)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_as_approved(string kind) =>
        Approvals.Verify($"werkblad-{kind}", fixture.Worksheet(kind).Markdown, Folder);

    [Fact]
    public void Smart_with_the_worked_example() =>
        Approvals.Verify("werkblad-smart-voorbeeld", fixture.Worksheet("smart", new WorksheetOptions { Example = true }).Markdown, Folder);

    [Theory]
    [InlineData("tienstappenmethode")]
    [InlineData("reflecting-team")]
    [InlineData("vissenkom")]
    [InlineData("balint-methode")]
    public void Evaluation_of_a_method(string method) =>
        Approvals.Verify($"werkblad-evaluatie-{method}", fixture.Worksheet("evaluatie", new WorksheetOptions { Method = fixture.Method(method) }).Markdown, Folder);

    [Fact]
    public void Warm_neutral_cold_for_the_socratic_method() =>
        Approvals.Verify("werkblad-wnk-socratische-methode", fixture.Worksheet("wnk", new WorksheetOptions { Method = fixture.Method("socratische-methode") }).Markdown, Folder);

    [Fact]
    public void Named_copies_follow_each_other_with_a_page_break() =>
        Approvals.Verify("werkblad-modelling-namen", fixture.Worksheet("modelling", new WorksheetOptions { Names = ["An", "Bert | *Boer*"] }).Markdown, Folder);
}
