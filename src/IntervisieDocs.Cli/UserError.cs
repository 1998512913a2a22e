namespace IntervisieDocs.Cli;

/// <summary>A mistake in what the user gave us (arguments, data, templates): one Dutch message, exit code 2.</summary>
internal sealed class UserError(string message) : Exception(message);
