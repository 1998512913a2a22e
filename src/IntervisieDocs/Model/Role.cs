namespace IntervisieDocs.Model;

/// <summary>A role in a method; <see cref="Id"/> is what steps use to address it.</summary>
internal sealed record Role(string Id, string Name, string? Description);
