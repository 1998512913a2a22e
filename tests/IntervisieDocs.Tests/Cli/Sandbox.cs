namespace IntervisieDocs.Tests.Cli;

/// <summary>A throw-away copy of methods/ and templates/ to run the command line against.</summary>
internal sealed class Sandbox : IDisposable
{
    public Sandbox()
    {
        Root = Directory.CreateTempSubdirectory("intervisie-cli").FullName;
        Copy(Path.Join(RepoPaths.Root, "methods"), Path.Join(Root, "methods"));
        Copy(Path.Join(RepoPaths.Root, "templates"), Path.Join(Root, "templates"));
    }

    public string Root { get; }

    public string Output => Path.Join(Root, "output");

    public string PathOf(params string[] parts) => Path.Join([Root, .. parts]);

    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
