using IntervisieDocs.Loading.Readers;

namespace IntervisieDocs.Loading.Checks;

internal static class QuestionBankReferenceCheck
{
    /// <param name="knownIds">
    /// Ids of the banks read, plus the names of bank files that failed to read: a reference to a
    /// broken bank is not a second mistake.
    /// </param>
    public static IEnumerable<Diagnostic> Find<T>(IEnumerable<Loaded<T>> items, IReadOnlyCollection<string> knownIds)
    {
        foreach (var item in items)
        {
            foreach (var reference in item.References.Where(r => !knownIds.Contains(r.BankId)))
            {
                var message = Suggestions.Closest(reference.BankId, knownIds.Order(StringComparer.Ordinal)) is { } suggestion
                    ? $"onbekende vragenlijst '{reference.BankId}' — bedoelde je '{suggestion}'?"
                    : $"onbekende vragenlijst '{reference.BankId}': er is geen vragen/{reference.BankId}.yaml";
                yield return new Diagnostic(DiagnosticSeverity.Error, item.File, reference.Position.Line,
                    reference.Position.Column, reference.Field, message);
            }
        }
    }
}
