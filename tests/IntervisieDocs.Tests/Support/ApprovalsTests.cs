namespace IntervisieDocs.Tests.Support;

public sealed class ApprovalsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "approvals-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Received => Path.Combine(_folder, "geval.received.txt");

    private string Verified => Path.Combine(_folder, "geval.verified.txt");

    [Fact]
    public void Missing_verified_file_fails_and_writes_received_never_accepting()
    {
        Assert.ThrowsAny<Exception>(() => Approvals.Verify("geval", "a\nb\n", _folder));

        Assert.Equal("a\nb\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Matching_result_passes_and_removes_a_stale_received_file()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Verified, "a\r\nb\r\n");
        File.WriteAllText(Received, "oud");

        Approvals.Verify("geval", "a\nb\n", _folder);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Different_result_fails_naming_the_first_different_line()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Verified, "a\nb\nc\n");

        var error = Assert.ThrowsAny<Exception>(() => Approvals.Verify("geval", "a\nB\nc\n", _folder));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Received));
    }

    [Fact]
    public void Repository_root_holds_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "IntervisieDocs.sln")));
    }
}
