using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using IntervisieDocs.Files;

namespace IntervisieDocs.Output;

/// <summary>
/// Every file of one run, written whole or not at all. <see cref="Stage"/> writes each file to a
/// temporary file beside its target; only <see cref="Commit"/>, once all are complete, renames them
/// into place. A run that fails or is disposed before committing removes its temporary files and leaves
/// every previous file as it was. Temporary files that killed runs left behind are removed when a later
/// run writes into the same folder. A target that is a folder, a FIFO or a device is refused, never
/// replaced. Failures the user can fix (a read-only folder, a full disk) are an
/// <see cref="OutputException"/> in Dutch naming the user's path, never the temporary file.
/// </summary>
internal sealed partial class OutputTransaction(Func<string, string>? display = null) : IDisposable
{
    private static int _sequence;

    private readonly Func<string, string> _display = display ?? (path => path);
    private readonly List<Staged> _staged = [];
    private bool _committed;

    /// <summary>The files written by <see cref="Commit"/>, in order.</summary>
    public IReadOnlyList<string> Targets => [.. _staged.Select(s => s.Target)];

    public void StageText(string path, string text, bool overwrite = true) =>
        Stage(path, new UTF8Encoding(false).GetBytes(text), overwrite);

    /// <param name="path">The target file.</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="overwrite">False: an existing file at <paramref name="path"/> is an error, also when it appears before the commit.</param>
    public void Stage(string path, byte[] bytes, bool overwrite = true)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var target = Path.GetFullPath(path);
        var shown = _display(target);
        if (_staged.Any(s => s.Target == target))
        {
            throw new OutputException($"{shown}: dit bestand wordt in deze opdracht twee keer geschreven; kies een andere naam");
        }

        CheckTarget(target, shown, overwrite);
        var directory = Path.GetDirectoryName(target)!;
        CreateDirectory(directory, shown);
        RemoveStale(directory);
        var temp = Path.Join(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}.tmp");
        _staged.Add(new Staged(temp, target, shown, overwrite));
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(e, shown, directory);
        }
    }

    /// <summary>Puts every staged file in place. Each target is checked again: it may have changed while the run worked.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        foreach (var staged in _staged)
        {
            CheckTarget(staged.Target, staged.Shown, staged.Overwrite);
        }

        foreach (var staged in _staged)
        {
            try
            {
                File.Move(staged.Temp, staged.Target, staged.Overwrite);
            }
            catch (IOException) when (!staged.Overwrite && File.Exists(staged.Target))
            {
                throw new OutputException($"{staged.Shown} bestaat al; kies een andere naam of verwijder het bestand eerst");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(e, staged.Shown, Path.GetDirectoryName(staged.Target)!);
            }
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var staged in _staged)
        {
            try
            {
                File.Delete(staged.Temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next run's clean-up: it carries our process id, which will no longer run.
            }
        }

        _committed = true;
    }

    private static void CheckTarget(string target, string shown, bool overwrite)
    {
        var (kind, _) = FileStatus.Of(target);
        switch (kind)
        {
            case FileKind.Missing:
                return;
            case FileKind.Regular when overwrite:
                return;
            case FileKind.Regular:
                throw new OutputException($"{shown} bestaat al; kies een andere naam of verwijder het bestand eerst");
            case FileKind.Directory:
                throw new OutputException($"{shown} is een map; geef de naam van een bestand");
            case FileKind.NameTooLong:
                throw new OutputException($"{shown} kan niet geschreven worden: de naam is te lang");
            case FileKind.Unreachable:
                throw new OutputException($"{shown} is niet bereikbaar (geen toegang, of een deel van het pad is geen map)");
            default:
                throw new OutputException($"{shown} is {FileStatus.Describe(kind)}, geen gewoon bestand; het wordt niet vervangen — kies een andere naam");
        }
    }

    private static void CreateDirectory(string directory, string shown)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{shown} kan niet geschreven worden: de map {Path.GetFileName(directory)} kan niet gemaakt worden ({Reason(e)})", e);
        }
    }

    /// <summary>Removes the temporary files of runs that were killed: ours by name, with a process id that no longer runs.</summary>
    private static void RemoveStale(string directory)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
            {
                if (TempName().Match(Path.GetFileName(file)) is { Success: true } m
                    && int.TryParse(m.Groups["pid"].ValueSpan, out var pid)
                    && pid != Environment.ProcessId
                    && !IsRunning(pid))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not ours to insist on: writing the new file will say what is wrong with the folder.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static OutputException Failure(Exception e, string shown, string directory) =>
        new($"{shown} kan niet geschreven worden: {Reason(e, directory)}", e);

    /// <summary>The cause in Dutch. On Unix .NET gives an <see cref="IOException"/> the errno as HResult.</summary>
    private static string Reason(Exception e, string? directory = null)
    {
        var folder = directory is null ? "de map" : $"de map {directory}";
        return e switch
        {
            UnauthorizedAccessException => $"geen schrijfrechten in {folder} (of de map is beveiligd tegen wijzigen)",
            IOException { HResult: 28 or 122 } => "de schijf is vol",
            IOException { HResult: 30 } => "de schijf is alleen-lezen",
            IOException { HResult: 1 } => $"schrijven in {folder} is niet toegestaan (de map of het bestand is beveiligd tegen wijzigen)",
            IOException { HResult: 20 } => "een deel van het pad is een bestand, geen map",
            IOException { HResult: 36 } => "de naam is te lang",
            DirectoryNotFoundException => "de map bestaat niet",
            _ => "het systeem meldt een schrijffout",
        };
    }

    /// <summary>".schatkist.pdf.1234-5.tmp" (ours), or ".schatkist.pdf.1234.tmp" (older versions).</summary>
    [GeneratedRegex(@"^\..+\.(pdf|md|yaml)\.(?<pid>[0-9]{1,9})(-[0-9]+)?\.tmp$")]
    private static partial Regex TempName();

    private sealed record Staged(string Temp, string Target, string Shown, bool Overwrite);
}
