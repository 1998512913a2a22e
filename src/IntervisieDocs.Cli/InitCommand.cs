using System.CommandLine;
using IntervisieDocs.Cli.Help;

namespace IntervisieDocs.Cli;

/// <summary>
/// <c>intervisie init [MAP]</c>: writes an editable workspace — the built-in methods/ and templates/,
/// an example session file and a short LEESMIJ — so a coordinator keeps their own version of the
/// data. Never overwrites: if anything it would write is already there, it writes nothing.
/// </summary>
internal static class InitCommand
{
    private const string ReadMeResource = "werkmap-LEESMIJ.md";

    public static Command Create(CliContext context)
    {
        var folder = new Argument<string?>("map") { Description = "De map van de werkmap (standaard de map waarin je bent); wordt gemaakt als hij er niet is", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("init", "Maak een werkmap met eigen, bewerkbare methoden, sjablonen en een voorbeeld-sessiebestand") { folder };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(folder) ?? ".", context.WorkingDirectory);
            var shown = DataAccess.DisplayPath(target, context.WorkingDirectory);
            if (File.Exists(target))
            {
                throw new UserError($"{shown} is een bestand, geen map; kies een andere naam");
            }

            string[] entries = ["methods", "templates", "sessie.yaml", "LEESMIJ.md"];
            var present = entries.Where(e => Path.Exists(Path.Join(target, e))).ToList();
            if (present.Count > 0)
            {
                throw new UserError($"{string.Join(", ", present.Select(e => Path.Join(shown, e)))} bestaat al; init overschrijft niets. Kies een andere (lege) map");
            }

            Write(target);
            var prefix = shown == "." ? "" : $"cd {Quote(shown)} en ";
            context.Say($"werkmap gemaakt: {shown} (methods/, templates/, sessie.yaml, LEESMIJ.md)");
            context.Say($"verder: {prefix}bewerk bijvoorbeeld methods/vissenkom.yaml; 'intervisie handout vissenkom' maakt dan output/handout-vissenkom.pdf. Lees LEESMIJ.md");
            return ExitCodes.Ok;
        });
        return command.WithExamples("intervisie init mijn-intervisie", "intervisie init");
    }

    /// <summary>
    /// Copies into a hidden folder inside the target first and moves each part into place only when
    /// all is copied, so an interrupted init leaves no half workspace that later runs would pick up.
    /// </summary>
    private static void Write(string target)
    {
        Directory.CreateDirectory(target);
        var staging = Path.Join(target, $".intervisie-init.{Environment.ProcessId}.tmp");
        try
        {
            CopyTree(BuiltIn.Methods, Path.Join(staging, "methods"));
            CopyTree(BuiltIn.Templates, Path.Join(staging, "templates"));
            File.WriteAllText(Path.Join(staging, "sessie.yaml"), Resource(PakketCommand.ExampleResource));
            File.WriteAllText(Path.Join(staging, "LEESMIJ.md"), Resource(ReadMeResource));
            foreach (var file in new[] { "sessie.yaml", "LEESMIJ.md" })
            {
                File.Move(Path.Join(staging, file), Path.Join(target, file), overwrite: false);
            }

            // templates/ before methods/: a folder with both is a workspace, so methods/ completes it.
            Directory.Move(Path.Join(staging, "templates"), Path.Join(target, "templates"));
            Directory.Move(Path.Join(staging, "methods"), Path.Join(target, "methods"));
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: false);
        }
    }

    private static string Resource(string name)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} ontbreekt in het programma");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
