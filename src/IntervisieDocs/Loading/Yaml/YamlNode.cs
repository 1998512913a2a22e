namespace IntervisieDocs.Loading.Yaml;

/// <summary>
/// A node of our own small YAML tree. YamlDotNet's representation model would also keep marks,
/// but it expands nothing lazily, recurses per nesting level and throws on duplicate keys; this
/// tree is built from parser events with limits and reports instead of throwing.
/// </summary>
internal abstract record YamlNode(SourcePosition Position)
{
    /// <summary>How the node is named in a Dutch message: <c>'tien'</c>, <c>leeg</c>, <c>een lijst</c>.</summary>
    public abstract string Describe();
}
