namespace IntervisieDocs.Output;

/// <summary>An output file that cannot be written for a reason the user can fix; the message is Dutch and names the user's path.</summary>
internal sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);
