using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Readers;

internal static class RoleReader
{
    public static ValueList<Role> ReadAll(MappingReader method)
    {
        if (method.Sequence("rollen") is not { } sequence)
            return ValueList<Role>.Empty;
        if (sequence.Items.IsEmpty)
            method.Diagnostics.Error(sequence.Position, "rollen", "'rollen' moet minstens één rol bevatten");

        var roles = new List<Role>();
        var idLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var path = $"rollen[{i}]";
            if (MappingReader.Open(sequence.Items[i], FieldSets.Role, method.Diagnostics, path, $"rol {i + 1}") is not { } reader)
                continue;

            var id = reader.Text("id");
            var idPosition = reader.PositionOf("id");
            if (id.Length > 0 && !Vocabulary.IsValidId(id))
                reader.Diagnostics.Error(idPosition, reader.PathOf("id"), $"rol-id '{id}' is ongeldig: {Vocabulary.IdRule}");
            else if (id.Length > 0 && !idLines.TryAdd(id, idPosition.Line))
                reader.Diagnostics.Error(idPosition, reader.PathOf("id"), $"rol '{id}' komt twee keer voor (ook op regel {idLines[id]})");

            roles.Add(new Role(id, reader.Text("naam"), reader.OptionalText("beschrijving")));
        }

        return roles.ToValueList();
    }
}
