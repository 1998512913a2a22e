using IntervisieDocs.Web.Forms;

namespace IntervisieDocs.Web.Pages;

/// <summary>Labelled fields with their messages next to them, linked with aria-describedby.</summary>
internal static class FormParts
{
    public static string Messages(FormErrors errors, string field) => errors.For(field) is { Count: > 0 } list
        ? $"<p class=\"fout\" id=\"fout-{field}\">{Html.Join(list, m => $"<span>{Html.E(m)}</span>")}</p>"
        : "";

    private static string Described(FormErrors errors, string field, string? hint) =>
        (errors.For(field).Count, hint) switch
        {
            ( > 0, not null) => $" aria-invalid=\"true\" aria-describedby=\"fout-{field} hint-{field}\"",
            ( > 0, null) => $" aria-invalid=\"true\" aria-describedby=\"fout-{field}\"",
            (_, not null) => $" aria-describedby=\"hint-{field}\"",
            _ => "",
        };

    private static string Hint(string field, string? hint) => hint is null ? "" : $"<p class=\"hint\" id=\"hint-{field}\">{Html.E(hint)}</p>";

    public static string Input(string field, string label, string value, FormErrors errors, string type = "text", string? hint = null, string extra = "") => $"""
        <div class="veld{(errors.For(field).Count > 0 ? " heeft-fout" : "")}">
        <label for="{field}">{Html.E(label)}</label>
        {Hint(field, hint)}
        <input id="{field}" name="{field}" type="{type}" value="{Html.E(value)}"{Described(errors, field, hint)} {extra}>
        {Messages(errors, field)}
        </div>
        """;

    public static string TextArea(string field, string label, string value, FormErrors errors, string? hint = null, int rows = 6) => $"""
        <div class="veld{(errors.For(field).Count > 0 ? " heeft-fout" : "")}">
        <label for="{field}">{Html.E(label)}</label>
        {Hint(field, hint)}
        <textarea id="{field}" name="{field}" rows="{rows}"{Described(errors, field, hint)}>{Html.E(value)}</textarea>
        {Messages(errors, field)}
        </div>
        """;

    public static string Select(string field, string label, string value, IEnumerable<(string Value, string Text)> options, FormErrors errors, string? empty = null) => $"""
        <div class="veld{(errors.For(field).Count > 0 ? " heeft-fout" : "")}">
        <label for="{field}">{Html.E(label)}</label>
        <select id="{field}" name="{field}"{Described(errors, field, null)}>
        {(empty is null ? "" : $"<option value=\"\">{Html.E(empty)}</option>")}
        {Html.Join(options, o => $"<option value=\"{Html.E(o.Value)}\"{(o.Value == value ? " selected" : "")}>{Html.E(o.Text)}</option>")}
        </select>
        {Messages(errors, field)}
        </div>
        """;

    public static string Checkbox(string field, string label, bool value, string? hint = null) => $"""
        <div class="veld vinkje">
        <input id="{field}" name="{field}" type="checkbox" value="ja"{(value ? " checked" : "")}{(hint is null ? "" : $" aria-describedby=\"hint-{field}\"")}>
        <label for="{field}">{Html.E(label)}</label>
        {Hint(field, hint)}
        </div>
        """;

    /// <summary>Messages that belong to no field (an uploaded file's syntax, an unknown key), above the form.</summary>
    public static string Summary(FormErrors errors) => errors.Any
        ? $"""
          <div class="foutmelding" role="alert" tabindex="-1" id="fouten">
          <h2>Controleer de gegevens</h2>
          <ul>{Html.Join(errors.General, m => $"<li>{Html.E(m)}</li>")}{Html.Join(errors.Fields, f => Html.Join(errors.For(f), m => $"<li><a href=\"#{f}\">{Html.E(m)}</a></li>"))}</ul>
          </div>
          """
        : "";
}
