namespace IntervisieDocs.Loading.Yaml;

/// <summary>
/// Bounds that make a hostile or broken file fail fast instead of exhausting memory or the stack.
/// Our largest real file is about 10 KB with nesting depth 5.
/// </summary>
internal static class YamlLimits
{
    public const long MaxFileBytes = Files.InputFile.MaxBytes;
    public const int MaxScalarLength = 100_000;
    public const int MaxDepth = 32;
}
