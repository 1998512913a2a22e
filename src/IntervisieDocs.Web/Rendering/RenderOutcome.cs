namespace IntervisieDocs.Web.Rendering;

/// <summary>How a render went: the bytes, or why there are none (in Dutch, for the page).</summary>
internal sealed record RenderOutcome(PdfFile? File, RenderFailure Failure, string? Message = null)
{
    public static RenderOutcome Done(PdfFile file) => new(file, RenderFailure.None);
}

internal enum RenderFailure
{
    None,

    /// <summary>Every render slot stayed busy for the whole waiting time, or too many were waiting.</summary>
    Busy,

    /// <summary>The render took longer than the time limit.</summary>
    TimedOut,

    /// <summary>The data or a template cannot make this product; the message says why.</summary>
    Invalid,
}
