namespace IntervisieDocs.Loading;

/// <summary>
/// Which part of the data a product uses, so that a mistake in a file it does not use does not stop it.
/// Texts are always included: templates take them by id. <see cref="Everything"/> is the schatkist.
/// </summary>
internal sealed record DataNeeds(bool All, string? MethodId = null, string? QuestionBankId = null)
{
    public static DataNeeds Everything { get; } = new(true);

    /// <summary>Only texts (a worksheet without a method, the method list).</summary>
    public static DataNeeds TextsOnly { get; } = new(false);

    public static DataNeeds Method(string id) => new(false, MethodId: id);

    public static DataNeeds QuestionBank(string id) => new(false, QuestionBankId: id);
}
