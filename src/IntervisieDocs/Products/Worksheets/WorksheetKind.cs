namespace IntervisieDocs.Products.Worksheets;

/// <summary>
/// A kind of fill-in worksheet. <see cref="Id"/> is what a user types (<c>intervisie werkblad casus</c>);
/// the content is the template <c>werkblad-&lt;id&gt;.sbn</c>.
/// </summary>
/// <param name="Description">One Dutch line for the help text.</param>
/// <param name="UsesMethod">Whether <c>--methode</c> means something for this kind.</param>
/// <param name="HasExample">Whether <c>--voorbeeld</c> adds a worked example.</param>
internal sealed record WorksheetKind(string Id, string Description, bool UsesMethod = false, bool HasExample = false)
{
    public string Template => $"werkblad-{Id}";
}
