namespace IntervisieDocs.Loading;

internal enum DataKind
{
    Method,
    QuestionBank,
    Text,
}
