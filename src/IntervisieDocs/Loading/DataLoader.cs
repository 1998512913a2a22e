using IntervisieDocs.Loading.Checks;
using IntervisieDocs.Loading.Readers;
using IntervisieDocs.Loading.Yaml;
using IntervisieDocs.Model;

namespace IntervisieDocs.Loading;

/// <summary>
/// The data stage: reads <c>*.yaml</c> (methods), <c>vragen/*.yaml</c> (question banks) and
/// <c>teksten/*.yaml</c> (texts) under a methods folder, validates them, and returns the model
/// together with every problem found. A mistake in the data never throws.
/// </summary>
internal static class DataLoader
{
    private const string YamlExtension = ".yaml";

    public static LoadResult Load(string methodsDirectory)
    {
        if (!Directory.Exists(methodsDirectory))
        {
            return new LoadResult(null,
                [new Diagnostic(DiagnosticSeverity.Error, methodsDirectory, 0, 0, null, "map bestaat niet")]);
        }

        var folderDiagnostics = new List<Diagnostic>();
        var fileOrder = new List<string>();
        var methodFiles = FindFiles(methodsDirectory, fileOrder, folderDiagnostics);
        var bankFiles = FindFiles(Path.Join(methodsDirectory, "vragen"), fileOrder, folderDiagnostics);
        var textFiles = FindFiles(Path.Join(methodsDirectory, "teksten"), fileOrder, folderDiagnostics);

        var collectors = new Dictionary<string, DiagnosticCollector>(StringComparer.Ordinal);
        var methods = ReadAll(methodFiles, MethodReader.Read, collectors);
        var banks = ReadAll(bankFiles, QuestionBankReader.Read, collectors);
        var texts = ReadAll(textFiles, TextDocumentReader.Read, collectors);

        DuplicateIdCheck.Report(methods, file => collectors[file]);
        DuplicateIdCheck.Report(banks, file => collectors[file]);
        DuplicateIdCheck.Report(texts, file => collectors[file]);
        var knownBanks = banks.Select(b => b.Id).Concat(bankFiles.Select(IdOf)).ToHashSet(StringComparer.Ordinal);
        QuestionBankReferenceCheck.Report(methods, knownBanks, file => collectors[file]);
        var knownTexts = texts.Select(t => t.Id).Concat(textFiles.Select(IdOf)).ToHashSet(StringComparer.Ordinal);
        QuestionBankReferenceCheck.Report(methods, knownTexts, file => collectors[file], texts: true);
        if (methodFiles.Count == 0)
        {
            folderDiagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, methodsDirectory, 0, 0, null,
                "geen methoden gevonden (*.yaml)"));
        }

        var sorted = Sort(folderDiagnostics.Concat(collectors.Values.SelectMany(c => c.Diagnostics)), fileOrder);
        var references = methods.GroupBy(m => m.Id)
            .ToDictionary(g => g.Key, g => g.SelectMany(m => m.References).Select(r => r.BankId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var marks = methods.SelectMany(m => m.Marks).Concat(banks.SelectMany(b => b.Marks)).Concat(texts.SelectMany(t => t.Marks)).ToList();
        if (!sorted.Any(d => d.IsError))
        {
            return new LoadResult(new DataSet(Values(methods), Values(banks), Values(texts)), sorted) { MethodReferences = references, Marks = marks };
        }

        List<BrokenFile> broken =
        [
            .. Broken(methodFiles, methods, DataKind.Method, collectors),
            .. Broken(bankFiles, banks, DataKind.QuestionBank, collectors),
            .. Broken(textFiles, texts, DataKind.Text, collectors),
        ];
        var brokenFiles = broken.Select(b => b.File).ToHashSet(StringComparer.Ordinal);
        var brokenIds = broken.Where(b => b.Kind != DataKind.Method).SelectMany(b => b.Ids).ToHashSet(StringComparer.Ordinal);
        var usable = new DataSet(
            Values([.. methods.Where(m => !brokenFiles.Contains(m.File) && !m.References.Any(r => brokenIds.Contains(r.BankId)))]),
            Values([.. banks.Where(b => !brokenFiles.Contains(b.File))]),
            Values([.. texts.Where(t => !brokenFiles.Contains(t.File))]));
        return new LoadResult(null, sorted) { Usable = usable, Broken = broken, MethodReferences = references, Marks = marks };
    }

    /// <summary>The files of one kind with errors, each with the ids it would have provided: its name, and the id written in it.</summary>
    private static IEnumerable<BrokenFile> Broken<T>(List<string> files, List<Loaded<T>> loaded, DataKind kind, Dictionary<string, DiagnosticCollector> collectors)
    {
        foreach (var file in files.Where(f => collectors[f].HasErrors))
        {
            var ids = loaded.Where(l => l.File == file && l.Id.Length > 0).Select(l => l.Id).Append(IdOf(file)).ToHashSet(StringComparer.Ordinal);
            yield return new BrokenFile(file, kind, ids, [.. collectors[file].Diagnostics.Where(d => d.IsError)]);
        }
    }

    /// <summary>The <c>.yaml</c> files of one folder in ordinal order; a missing folder has none.</summary>
    private static List<string> FindFiles(string directory, List<string> fileOrder, List<Diagnostic> diagnostics)
    {
        if (!Directory.Exists(directory))
            return [];

        var files = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
            fileOrder.Add(file);
        foreach (var file in files.Where(f => Path.GetExtension(f) == ".yml"))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, file, 0, 0, null,
                "bestand wordt overgeslagen: gebruik de extensie .yaml"));
        }

        return [.. files.Where(f => Path.GetExtension(f) == YamlExtension)];
    }

    private static List<Loaded<T>> ReadAll<T>(
        List<string> files,
        Func<YamlNode, string, DiagnosticCollector, Loaded<T>?> read,
        Dictionary<string, DiagnosticCollector> collectors)
    {
        var loaded = new List<Loaded<T>>();
        foreach (var file in files)
        {
            var collector = new DiagnosticCollector(file);
            collectors.Add(file, collector);
            if (DataFileText.Read(file, collector) is { } text
                && YamlTreeReader.Read(text, collector) is { } root
                && read(root, IdOf(file), collector) is { } item)
            {
                loaded.Add(item);
            }
        }

        return loaded;
    }

    private static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);

    private static ValueList<T> Values<T>(List<Loaded<T>> items) => items.Select(i => i.Value).ToValueList();

    /// <summary>Files in reading order (methods, banks, texts), then by place; stable, so equal places keep their order.</summary>
    private static List<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics, List<string> fileOrder)
    {
        var rank = fileOrder.Select((file, index) => (file, index)).ToDictionary(p => p.file, p => p.index);
        return [.. diagnostics
            .OrderBy(d => rank.GetValueOrDefault(d.File, -1))
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)];
    }
}
