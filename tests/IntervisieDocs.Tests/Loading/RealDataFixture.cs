using IntervisieDocs.Loading;
using IntervisieDocs.Model;

namespace IntervisieDocs.Tests.Loading;

/// <summary>The repository's own methods folder, loaded once per test class.</summary>
public sealed class RealDataFixture
{
    internal LoadResult Result { get; } = DataLoader.Load(RepoPaths.Methods);

    internal DataSet Data => Result.Data ?? throw new InvalidOperationException("the real data has errors");

    internal Method Method(string id) => Data.FindMethod(id) ?? throw new KeyNotFoundException(id);

    /// <summary>A diagnostic as a reader sees it from the repository root.</summary>
    internal static string Relative(Diagnostic diagnostic) =>
        (diagnostic with { File = Path.GetRelativePath(RepoPaths.Root, diagnostic.File).Replace('\\', '/') }).ToString();
}
