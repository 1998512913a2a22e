namespace IntervisieDocs.Loading.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping; keys are always scalars in our data.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
