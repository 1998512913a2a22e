namespace IntervisieDocs.Model;

/// <summary>What one role does during a step. <see cref="Text"/> is Markdown.</summary>
internal sealed record RoleInstruction(string RoleId, string Text);
