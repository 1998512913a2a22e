using System.Globalization;
using System.Text;
using Markdig.Helpers;

namespace IntervisieDocs.Markdown.Extensions.Directives;

/// <summary>
/// The small argument language shared by all directives: words separated by spaces, texts in
/// double quotes, lengths as <c>9mm</c> or <c>9,5mm</c>. Inside quotes a backslash escapes as in
/// Markdown (<c>\"</c>, <c>\\</c>, <c>\*</c>), so text escaped by the templates prints literally.
/// </summary>
internal static class DirectiveArguments
{
    private const string MillimetreSuffix = "mm";

    public static IReadOnlyList<DirectiveToken> Tokenize(DirectiveContext context)
    {
        var tokens = new List<DirectiveToken>();
        var text = context.Arguments;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var value = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length && CharHelper.IsAsciiPunctuation(text[i + 1]))
                    {
                        i++;
                    }

                    value.Append(text[i++]);
                }

                if (i >= text.Length)
                {
                    throw context.Fail("een aanhalingsteken (\") is niet gesloten");
                }

                i++;
                tokens.Add(new DirectiveToken(value.ToString(), Quoted: true));
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            tokens.Add(new DirectiveToken(text[start..i], Quoted: false));
        }

        return tokens;
    }

    /// <summary>A length such as <c>40mm</c>, <c>8.5mm</c> or <c>8,5mm</c>; positive.</summary>
    public static bool TryMillimetres(DirectiveToken token, out double millimetres)
    {
        millimetres = 0;
        if (token.Quoted || !token.Text.EndsWith(MillimetreSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var number = token.Text[..^MillimetreSuffix.Length].Replace(',', '.');
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out millimetres)
            && millimetres > 0;
    }

    /// <summary>A whole number of at least 1, written in digits.</summary>
    public static bool TryPositiveInteger(DirectiveToken token, out int value) =>
        int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0 && !token.Quoted;

    /// <summary>Splits on <c>|</c> not preceded by a backslash; unescapes and trims each part.</summary>
    public static IReadOnlyList<string> SplitOnBars(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && CharHelper.IsAsciiPunctuation(text[i + 1]))
            {
                current.Append(text[++i]);
            }
            else if (text[i] == '|')
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        parts.Add(current.ToString().Trim());
        return parts;
    }
}
