namespace IntervisieDocs.Cli;

/// <summary>The exit codes of DESIGN.md.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something went wrong that is not the user's doing.</summary>
    public const int Unexpected = 1;

    /// <summary>Bad input: data, template or arguments. The message says what and where.</summary>
    public const int BadInput = 2;
}
