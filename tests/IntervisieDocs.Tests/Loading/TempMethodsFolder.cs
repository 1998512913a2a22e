namespace IntervisieDocs.Tests.Loading;

/// <summary>A throw-away methods folder, for inputs too big or too odd to keep in the corpus.</summary>
internal sealed class TempMethodsFolder : IDisposable
{
    public TempMethodsFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Join(System.IO.Path.GetTempPath(), $"intervisiedocs-{Guid.NewGuid():N}");

    public string Write(string name, byte[] content)
    {
        var file = System.IO.Path.Join(Path, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
