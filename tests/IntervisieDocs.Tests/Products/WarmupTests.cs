using IntervisieDocs.Products;

namespace IntervisieDocs.Tests.Products;

/// <summary>The cold-start warm-up runs in the background where nobody sees it fail: its sample must keep working.</summary>
public sealed class WarmupTests
{
    [Fact]
    public void The_warm_up_sample_lays_out_and_writes_without_an_error() => Warmup.Run();
}
