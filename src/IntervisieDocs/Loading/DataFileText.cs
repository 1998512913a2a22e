using System.Text;
using IntervisieDocs.Loading.Yaml;

namespace IntervisieDocs.Loading;

/// <summary>Reads a data file's text, refusing what is too big or not UTF-8 before any parsing.</summary>
internal static class DataFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, DiagnosticCollector diagnostics)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > YamlLimits.MaxFileBytes)
            {
                diagnostics.Error(SourcePosition.None, null,
                    $"bestand is te groot ({length} bytes; hoogstens {YamlLimits.MaxFileBytes} bytes)");
                return null;
            }

            return StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(SourcePosition.None, null, "bestand is geen geldige UTF-8-tekst; sla het op als UTF-8");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.None, null, $"bestand kan niet gelezen worden: {e.Message}");
        }

        return null;
    }
}
