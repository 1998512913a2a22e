namespace IntervisieDocs.Output;

/// <summary>
/// Writes a file so that a reader never sees half of it: the bytes go to a temporary file in the same
/// folder, which then replaces the target in one rename. A failure leaves the previous file as it was.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteText(string path, string text) => Write(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
