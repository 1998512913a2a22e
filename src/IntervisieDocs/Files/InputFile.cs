using System.Text;

namespace IntervisieDocs.Files;

/// <summary>
/// The one way every input (method data, question banks, texts, session files, templates) is read.
/// Only regular files (a FIFO, a device or a folder is refused before it is opened, so nothing hangs);
/// the size is checked before reading and no more than the limit is ever read; a UTF-8 byte order mark
/// is accepted; text that is not UTF-8 is refused with the file and the line of the first bad byte.
/// </summary>
internal static class InputFile
{
    /// <summary>Our largest real file is about 10 KB.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="path">Where to read.</param>
    /// <param name="shown">The file as the user knows it, for messages.</param>
    /// <param name="maxBytes">Larger files are refused unread.</param>
    /// <exception cref="InputFileException">The file cannot be used; the message says why, in Dutch.</exception>
    public static string ReadText(string path, string shown, long maxBytes = MaxBytes)
    {
        var (kind, size) = FileStatus.Of(path);
        switch (kind)
        {
            case FileKind.Missing:
                throw new InputFileException(shown, 0, 0, "bestand niet gevonden");
            case FileKind.NameTooLong:
                throw new InputFileException(shown, 0, 0, "de naam van het bestand is te lang");
            case FileKind.Unreachable:
                throw new InputFileException(shown, 0, 0, "bestand is niet bereikbaar (geen toegang, of een kringverwijzing van symbolische koppelingen)");
            case not FileKind.Regular:
                throw new InputFileException(shown, 0, 0, $"is {FileStatus.Describe(kind)}, geen gewoon bestand; alleen gewone bestanden worden gelezen");
        }

        if (size > maxBytes)
        {
            throw TooBig(shown, size, maxBytes);
        }

        var bytes = ReadAtMost(path, shown, maxBytes);
        return Decode(bytes, shown);
    }

    private static byte[] ReadAtMost(string path, string shown, long maxBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[maxBytes + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }

            // The file grew between the check and the read.
            if (read > maxBytes)
            {
                throw TooBig(shown, read, maxBytes);
            }

            return buffer[..read];
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException(shown, 0, 0, "bestand kan niet gelezen worden: geen leesrechten");
        }
        catch (FileNotFoundException)
        {
            throw new InputFileException(shown, 0, 0, "bestand niet gevonden");
        }
        catch (IOException)
        {
            throw new InputFileException(shown, 0, 0, "bestand kan niet gelezen worden (leesfout van het systeem)");
        }
    }

    private static string Decode(byte[] bytes, string shown)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new InputFileException(shown, 0, 0, "bestand is UTF-16-tekst; sla het op als UTF-8");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = PositionOf(bytes, start, e.Index);
            throw new InputFileException(shown, line, column, "bestand is geen geldige UTF-8-tekst (misschien Latin-1 of Windows-1252); sla het op als UTF-8");
        }

        // Invisible control characters print as nothing or as boxes; YAML forbids them too.
        var control = text.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        while (control >= 0 && text[control] is '\t' or '\n' or '\r')
        {
            var next = text.AsSpan(control + 1).IndexOfAnyInRange('\0', '\u001f');
            control = next < 0 ? -1 : control + 1 + next;
        }

        if (control >= 0 || (control = text.IndexOf('\u007f', StringComparison.Ordinal)) >= 0)
        {
            var line = 1 + text.AsSpan(0, control).Count('\n');
            var column = control - (text.LastIndexOf('\n', Math.Max(control - 1, 0)) + 1) + 1;
            throw new InputFileException(shown, line, column, $"onzichtbaar stuurteken (U+{(int)text[control]:X4}) in de tekst; haal het weg");
        }

        return text;
    }

    /// <summary>Line and column (in characters) of the byte at <paramref name="index"/> after <paramref name="start"/>.</summary>
    private static (int Line, int Column) PositionOf(byte[] bytes, int start, int index)
    {
        var at = Math.Clamp(start + Math.Max(index, 0), start, bytes.Length);
        var line = 1;
        var lineStart = start;
        for (var i = start; i < at; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Everything before the bad byte on its line is valid UTF-8, so it can be counted in characters.
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, at - lineStart) + 1);
    }

    private static InputFileException TooBig(string shown, long size, long maxBytes) =>
        new(shown, 0, 0, $"bestand is te groot ({size} bytes; hoogstens {maxBytes} bytes)");
}
