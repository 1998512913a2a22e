namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>One argument of a directive: a bare word (<c>5</c>, <c>9mm</c>) or a quoted text.</summary>
internal sealed record DirectiveToken(string Text, bool Quoted);
