namespace IntervisieDocs.Loading.Yaml;

/// <summary>
/// A scalar with its text exactly as written. <see cref="IsPlain"/> matters because only unquoted
/// scalars can be numbers, booleans or null; <c>"10"</c> is text.
/// </summary>
internal sealed record YamlScalar(SourcePosition Position, string Value, bool IsPlain) : YamlNode(Position)
{
    private const int DescribeLength = 40;

    /// <summary>Empty, <c>~</c> or <c>null</c> without quotes (YAML 1.2 core schema).</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe()
    {
        if (IsNull)
            return "leeg";
        var shown = Value.Length > DescribeLength ? string.Concat(Value.AsSpan(0, DescribeLength), "…") : Value;
        return $"'{shown.ReplaceLineEndings(" ")}'";
    }
}
