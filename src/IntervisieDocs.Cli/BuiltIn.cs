namespace IntervisieDocs.Cli;

/// <summary>
/// The methods, question banks, texts and templates that ship with the program, in the folder
/// <c>ingebouwd/</c> beside it (the tool package and the published build carry it; the fonts are
/// inside the library). They are used where no workspace is found, and <c>intervisie init</c> copies them.
/// </summary>
internal static class BuiltIn
{
    public const string FolderName = "ingebouwd";

    public static string Directory => Path.Join(AppContext.BaseDirectory, FolderName);

    public static string Methods => Existing(Path.Join(Directory, "methods"));

    public static string Templates => Existing(Path.Join(Directory, "templates"));

    /// <exception cref="InvalidOperationException">The installation is incomplete: not the user's mistake.</exception>
    private static string Existing(string path) => System.IO.Directory.Exists(path)
        ? path
        : throw new InvalidOperationException($"de ingebouwde gegevens ontbreken ({path}); installeer het programma opnieuw");
}
