namespace IntervisieDocs.Model;

/// <summary>A participant's name as the products print it: in the worksheets' name field and page header.</summary>
internal static class ParticipantName
{
    /// <summary>Longer names do not fit the name field of a worksheet.</summary>
    public const int MaxLength = 60;
}
