using IntervisieDocs.Loading.Readers;

namespace IntervisieDocs.Loading.Checks;

/// <summary>
/// Ids are unique per kind: a method and a question bank may share one (dominante-ideeen does),
/// because steps refer to banks only.
/// </summary>
internal static class DuplicateIdCheck
{
    public static IEnumerable<Diagnostic> Find<T>(IEnumerable<Loaded<T>> items)
    {
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.Id.Length > 0))
        {
            if (firstFile.TryAdd(item.Id, item.File))
                continue;
            yield return new Diagnostic(DiagnosticSeverity.Error, item.File, item.IdPosition.Line, item.IdPosition.Column,
                "id", $"id '{item.Id}' komt ook voor in {firstFile[item.Id]}");
        }
    }
}
