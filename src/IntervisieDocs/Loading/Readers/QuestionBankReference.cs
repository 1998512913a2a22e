namespace IntervisieDocs.Loading.Readers;

/// <summary>A question bank id named in a step's <c>vragen</c>, checked once all banks are read.</summary>
internal sealed record QuestionBankReference(string BankId, SourcePosition Position, string Field);
