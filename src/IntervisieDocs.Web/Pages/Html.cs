using System.Net;
using System.Text;

namespace IntervisieDocs.Web.Pages;

/// <summary>
/// Server-rendered HTML without a view engine. Every value that comes from the data or a request goes
/// through <see cref="E"/>; markup is only ever written by this code.
/// </summary>
internal static class Html
{
    /// <summary>Text or attribute value, encoded (&lt; &gt; &amp; " ').</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A query-string value.</summary>
    public static string U(string text) => Uri.EscapeDataString(text);

    public static string Join<T>(IEnumerable<T> items, Func<T, string> render)
    {
        var output = new StringBuilder();
        foreach (var item in items)
        {
            output.Append(render(item));
        }

        return output.ToString();
    }

    /// <summary>"5–8" or "6".</summary>
    public static string Range(int min, int max) => min == max ? $"{min}" : $"{min}–{max}";
}
