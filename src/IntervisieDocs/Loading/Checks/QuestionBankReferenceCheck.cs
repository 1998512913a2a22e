using IntervisieDocs.Loading.Readers;

namespace IntervisieDocs.Loading.Checks;

internal static class QuestionBankReferenceCheck
{
    /// <param name="knownIds">
    /// Ids of the banks read, plus the names of bank files that failed to read: a reference to a
    /// broken bank is not a second mistake.
    /// </param>
    public static void Report<T>(
        IEnumerable<Loaded<T>> items, IReadOnlyCollection<string> knownIds, Func<string, DiagnosticCollector> diagnosticsOf)
    {
        var sortedIds = knownIds.Order(StringComparer.Ordinal).ToList();
        foreach (var item in items)
        {
            var diagnostics = diagnosticsOf(item.File);
            foreach (var reference in item.References.Where(r => !knownIds.Contains(r.BankId)))
            {
                if (diagnostics.IsFull)
                    break;
                var message = Suggestions.Closest(reference.BankId, sortedIds) is { } suggestion
                    ? $"onbekende vragenlijst '{reference.BankId}' — bedoelde je '{suggestion}'?"
                    : $"onbekende vragenlijst '{reference.BankId}': er is geen vragen/{reference.BankId}.yaml";
                diagnostics.Error(reference.Position, reference.Field, message);
            }
        }
    }
}
