namespace IntervisieDocs.Loading.Readers;

/// <summary>The <c>id</c> every file has: well-formed, and equal to the file name so a file is found by its id.</summary>
internal static class IdField
{
    public static (string Id, SourcePosition Position) Read(MappingReader reader, string expectedId)
    {
        var id = reader.Text("id");
        var position = reader.PositionOf("id");
        if (id.Length == 0)
            return (id, position);

        if (!Vocabulary.IsValidId(id))
            reader.Diagnostics.Error(position, "id", $"id '{id}' is ongeldig: {Vocabulary.IdRule}");
        else if (id != expectedId)
            reader.Diagnostics.Error(position, "id", $"id '{id}' moet gelijk zijn aan de bestandsnaam '{expectedId}'");
        return (id, position);
    }
}
