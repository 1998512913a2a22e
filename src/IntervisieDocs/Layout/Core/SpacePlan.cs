namespace IntervisieDocs.Layout;

internal enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,
    /// <summary>Nothing fits in the offered space; <see cref="SpacePlan.Reason"/> says why.</summary>
    Wrap,
    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Everything (that is left) fits.</summary>
    Full,
}

/// <summary>The answer of <see cref="Element.Measure"/>: how much of an element fits in a space.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Width, double Height, string? Reason)
{
    public static SpacePlan Empty() => new(SpacePlanKind.Empty, 0, 0, null);
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, 0, reason);
    public static SpacePlan Partial(double width, double height) => new(SpacePlanKind.Partial, width, height, null);
    public static SpacePlan Full(double width, double height) => new(SpacePlanKind.Full, width, height, null);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
    public bool IsEmpty => Kind == SpacePlanKind.Empty;
    public bool IsPartial => Kind == SpacePlanKind.Partial;

    /// <summary>Full or Empty: nothing continues on a later page.</summary>
    public bool IsComplete => Kind is SpacePlanKind.Full or SpacePlanKind.Empty;
}
