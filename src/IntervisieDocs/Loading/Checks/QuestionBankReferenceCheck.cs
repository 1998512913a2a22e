using IntervisieDocs.Loading.Readers;

namespace IntervisieDocs.Loading.Checks;

internal static class QuestionBankReferenceCheck
{
    /// <param name="knownIds">
    /// Ids of the banks read, plus the names of bank files that failed to read: a reference to a
    /// broken bank is not a second mistake.
    /// </param>
    public static void Report<T>(
        IEnumerable<Loaded<T>> items, IReadOnlyCollection<string> knownIds, Func<string, DiagnosticCollector> diagnosticsOf, bool texts = false)
    {
        var sortedIds = knownIds.Order(StringComparer.Ordinal).ToList();
        var (what, folder) = texts ? ("tekst", "teksten") : ("vragenlijst", "vragen");
        foreach (var item in items)
        {
            var diagnostics = diagnosticsOf(item.File);
            foreach (var reference in item.References.Where(r => r.IsText == texts && !knownIds.Contains(r.BankId)))
            {
                if (diagnostics.IsFull)
                    break;
                var message = Suggestions.Closest(reference.BankId, sortedIds) is { } suggestion
                    ? $"onbekende {what} '{reference.BankId}' — bedoelde je '{suggestion}'?"
                    : $"onbekende {what} '{reference.BankId}': er is geen {folder}/{reference.BankId}.yaml";
                diagnostics.Error(reference.Position, reference.Field, message);
            }
        }
    }
}
