namespace IntervisieDocs.Loading.Readers;

/// <summary>A question bank id named in a step's <c>vragen</c>, checked once all banks are read.</summary>
/// <param name="IsText">A reference to a text (teksten/) rather than a question bank (vragen/).</param>
internal sealed record QuestionBankReference(string BankId, SourcePosition Position, string Field, bool IsText = false);
