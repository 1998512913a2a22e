namespace IntervisieDocs.Templating;

/// <summary>
/// Where templates come from: the product's own folder, and optionally a user's folder whose files
/// replace those of the same name. Names are plain file names; nothing outside these folders is read.
/// </summary>
internal sealed class TemplateSet
{
    public const string Extension = ".sbn";

    public TemplateSet(string directory, string? overrideDirectory = null)
    {
        Directory = Path.GetFullPath(directory);
        OverrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);
    }

    public string Directory { get; }

    public string? OverrideDirectory { get; }

    /// <summary>The file a template name resolves to, the user's copy first.</summary>
    /// <exception cref="TemplateException">A name that is not a plain file name, or no such template.</exception>
    public string Resolve(string name)
    {
        if (!IsPlainName(name))
        {
            throw new TemplateException($"sjabloon '{name}': alleen een bestandsnaam uit de sjablonenmap is toegestaan, geen pad.");
        }

        var file = name.EndsWith(Extension, StringComparison.Ordinal) ? name : name + Extension;
        foreach (var directory in new[] { OverrideDirectory, Directory })
        {
            if (directory is null)
            {
                continue;
            }

            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new TemplateException($"sjabloon '{file}' niet gevonden in {Describe()}.");
    }

    /// <summary>The text of a file <see cref="Resolve"/> gave (through the guarded reader: a regular file, its size checked before reading, UTF-8).</summary>
    public string ReadResolved(string path)
    {
        try
        {
            return Files.InputFile.ReadText(path, Display(path));
        }
        catch (Files.InputFileException e)
        {
            throw new TemplateException($"sjabloon {e.Message}");
        }
    }

    /// <summary>How a user sees a template file in a message: relative to the current folder where possible.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(System.IO.Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private string Describe() => OverrideDirectory is null ? Display(Directory) : $"{Display(OverrideDirectory)} en {Display(Directory)}";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.Length < 100 &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') &&
        !name.StartsWith('.') && !name.Contains("..", StringComparison.Ordinal);
}
