namespace IntervisieDocs.Templating;

/// <summary>
/// Where templates come from: the product's own folder, and optionally a user's folder whose files
/// replace those of the same name. Names are plain file names; nothing outside these folders is read,
/// judged by the real path: a symbolic link in a folder that points outside it is refused.
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
                if (!string.Equals(Path.GetDirectoryName(RealPath(path)), RealPath(directory), StringComparison.Ordinal))
                {
                    throw new TemplateException(
                        $"sjabloon '{Display(path)}' verwijst (als koppeling) naar een bestand buiten {Display(directory)}; " +
                        "sjablonen worden alleen uit de sjablonenmap en uit je eigen map gelezen.");
                }

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
            return Files.InputFile.ReadText(RealPath(path), Display(path));
        }
        catch (Files.InputFileException e)
        {
            throw new TemplateException($"sjabloon {e.Message}");
        }
    }

    /// <summary>
    /// The path with every symbolic link on it followed (like <c>realpath</c>): where the file really is.
    /// </summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        for (var hops = 0; pending.Count > 0;)
        {
            var next = Path.Combine(current, pending.Pop());
            var info = new FileInfo(next);
            var target = info.Exists || System.IO.Directory.Exists(next) ? info.LinkTarget : null;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > 40)
            {
                throw new TemplateException($"sjabloon '{Display(path)}': te veel koppelingen achter elkaar.");
            }

            // Resolve the target's own parts in turn: it may be relative, and it may hold links itself.
            var resolved = Path.GetFullPath(target, current);
            var targetRoot = Path.GetPathRoot(resolved)!;
            foreach (var part in resolved[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(part);
            }

            current = targetRoot;
        }

        return current;
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
