using IntervisieDocs.Loading.Readers;

namespace IntervisieDocs.Loading.Checks;

/// <summary>
/// Ids are unique per kind: a method and a question bank may share one (dominante-ideeen does),
/// because steps refer to banks only. The file named after the id counts as the original, so the
/// error lands on the copy.
/// </summary>
internal static class DuplicateIdCheck
{
    public static void Report<T>(IEnumerable<Loaded<T>> items, Func<string, DiagnosticCollector> diagnosticsOf)
    {
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var originalsFirst = items.Where(i => i.Id.Length > 0)
            .OrderBy(i => Path.GetFileNameWithoutExtension(i.File) == i.Id ? 0 : 1);
        foreach (var item in originalsFirst)
        {
            if (!firstFile.TryAdd(item.Id, item.File))
                diagnosticsOf(item.File).Error(item.IdPosition, "id", $"id '{item.Id}' komt ook voor in {firstFile[item.Id]}");
        }
    }
}
