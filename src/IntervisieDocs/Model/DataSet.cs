namespace IntervisieDocs.Model;

/// <summary>Everything loaded from the methods folder, each list in file-name order.</summary>
internal sealed record DataSet(
    ValueList<Method> Methods,
    ValueList<QuestionBank> QuestionBanks,
    ValueList<TextDocument> Texts)
{
    // A linear search: the sets hold tens of items, and no index field keeps the record's
    // equality structural.
    public Method? FindMethod(string id) => Methods.FirstOrDefault(m => m.Id == id);

    public QuestionBank? FindQuestionBank(string id) => QuestionBanks.FirstOrDefault(b => b.Id == id);

    public TextDocument? FindText(string id) => Texts.FirstOrDefault(t => t.Id == id);
}
