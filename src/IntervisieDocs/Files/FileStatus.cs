using System.Runtime.InteropServices;

namespace IntervisieDocs.Files;

/// <summary>What a path is, following symbolic links.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>A loop of symbolic links, a path through something that is not a folder, or no permission to look.</summary>
    Unreachable,

    /// <summary>A name or path longer than the file system allows.</summary>
    NameTooLong,
}

/// <summary>
/// The kind and size of a file, asked of the operating system before the file is opened: .NET reports a
/// FIFO or a device as an ordinary file of length 0, and opening a FIFO blocks until someone writes.
/// On Linux this is <c>statx(2)</c>, whose buffer layout is the same on every architecture; elsewhere
/// .NET's own information (a folder or a file) is the best there is.
/// </summary>
internal static class FileStatus
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int BufferSize = 256;

    public static (FileKind Kind, long Size) Of(string path)
    {
        if (OperatingSystem.IsLinux() && Statx(path) is { } status)
        {
            return status;
        }

        if (System.IO.Directory.Exists(path))
        {
            return (FileKind.Directory, 0);
        }

        var info = new FileInfo(path);
        return info.Exists ? (FileKind.Regular, info.Length) : (FileKind.Missing, 0);
    }

    /// <summary>"een map", "een named pipe (FIFO)", … for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "een map",
        FileKind.Fifo => "een named pipe (FIFO)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "een apparaatbestand",
        FileKind.Socket => "een socket",
        FileKind.Regular => "een gewoon bestand",
        FileKind.NameTooLong => "een te lange naam",
        _ => "niet bereikbaar",
    };

    private static (FileKind, long)? Statx(string path)
    {
        var buffer = new byte[BufferSize];
        int result;
        try
        {
            result = NativeStatx(AtFdCwd, path, 0, StatxType | StatxSize, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                2 => (FileKind.Missing, 0), // ENOENT
                20 or 40 or 13 => (FileKind.Unreachable, 0), // ENOTDIR, ELOOP, EACCES
                36 => (FileKind.NameTooLong, 0), // ENAMETOOLONG
                _ => null,
            };
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        var size = BitConverter.ToInt64(buffer, SizeOffset);
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unreachable,
        };
        return (kind, size);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int NativeStatx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
