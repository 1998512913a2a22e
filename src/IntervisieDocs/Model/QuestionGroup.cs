namespace IntervisieDocs.Model;

/// <summary>A titled group of questions within a question bank.</summary>
internal sealed record QuestionGroup(string Title, ValueList<string> Questions);
