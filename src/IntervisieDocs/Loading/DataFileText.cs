using IntervisieDocs.Files;

namespace IntervisieDocs.Loading;

/// <summary>Reads a data file's text through <see cref="InputFile"/>; a file that cannot be used becomes a diagnostic.</summary>
internal static class DataFileText
{
    public static string? Read(string path, DiagnosticCollector diagnostics)
    {
        try
        {
            return InputFile.ReadText(path, diagnostics.File);
        }
        catch (InputFileException e)
        {
            diagnostics.Error(new SourcePosition(e.Line, e.Column), null, e.Problem);
            return null;
        }
    }
}
