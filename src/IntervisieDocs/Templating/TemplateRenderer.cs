using System.Text.RegularExpressions;
using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.FileSystems;

namespace IntervisieDocs.Templating;

/// <summary>
/// Renders Liquid templates (DotLiquid) to Markdown. Strict where DotLiquid is lenient: a variable or
/// field that does not exist, or an unknown filter, is an error naming the template and the line,
/// never an empty string in a printed handout. Templates are Liquid as Scriban can also read it.
/// </summary>
internal sealed partial class TemplateRenderer
{
    private static readonly Lock Gate = new();

    public TemplateRenderer(TemplateSet templates)
    {
        Templates = templates;
        lock (Gate)
        {
            // DotLiquid's file system is process-wide; ours reads only from the set passed per render.
            Template.FileSystem = new SandboxedFileSystem();

            // Included templates are parsed with the default level: the same strict one (unknown filters
            // are errors, whitespace control as in the including template).
            Template.DefaultSyntaxCompatibilityLevel = SyntaxCompatibility.DotLiquid22a;
        }
    }

    public TemplateSet Templates { get; }

    /// <param name="name">Template file name without extension, e.g. "handout".</param>
    /// <param name="model">Top-level variables; nested values are <see cref="Hash"/>es and lists.</param>
    public string Render(string name, Hash model)
    {
        var source = Templates.Read(name, out var path);
        var display = TemplateSet.Display(path);
        Template template;
        try
        {
            template = Template.Parse(source, SyntaxCompatibility.DotLiquid22a);
        }
        catch (LiquidException e)
        {
            throw new TemplateException($"{display}{LineOf(source, e.Message)}: sjabloon klopt niet: {e.Message}", e);
        }

        var parameters = new RenderParameters(System.Globalization.CultureInfo.InvariantCulture)
        {
            LocalVariables = model,
            Filters = [typeof(DutchFilters)],
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
            SyntaxCompatibilityLevel = SyntaxCompatibility.DotLiquid22a,
            Registers = Hash.FromAnonymousObject(new { templates = Templates }),
        };

        string output;
        try
        {
            output = template.Render(parameters);
        }
        catch (FilterNotFoundException e)
        {
            // DotLiquid throws either "Error - Filter 'x' in '…' could not be found." or just the name.
            var filter = FilterName().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : e.Message.Trim();
            throw new TemplateException($"{display}{LineOf(source, "| " + filter, "|" + filter)}: onbekend filter '{filter}'", e);
        }
        catch (UnknownFieldException e)
        {
            throw new TemplateException($"{display}{LineOf(source, "." + e.Field, $"[\"{e.Field}\"]", $"['{e.Field}']")}: {e.Message}", e);
        }
        catch (TemplateFilterException e)
        {
            throw new TemplateException($"{display}{LineOf(source, $"\"{e.Needle}\"", $"'{e.Needle}'", e.Needle)}: {e.Message}", e);
        }
        catch (TemplateException e)
        {
            throw new TemplateException($"{display}: {e.Message}", e);
        }
        catch (LiquidException e)
        {
            throw new TemplateException($"{display}: fout bij het invullen van het sjabloon: {e.Message}", e);
        }

        var missing = template.Errors.OfType<VariableNotFoundException>().FirstOrDefault();
        if (missing is not null)
        {
            var variable = VariableName().Match(missing.Message) is { Success: true } v ? v.Groups[1].Value : missing.Message;
            throw new TemplateException($"{display}{LineOf(source, variable)}: onbekende variabele of onbekend veld '{variable}'");
        }

        var other = template.Errors.FirstOrDefault();
        if (other is not null)
        {
            throw new TemplateException($"{display}: fout bij het invullen van het sjabloon: {other.Message}", other);
        }

        return output;
    }

    /// <summary>":12" for the first line of the source that contains the first needle found, or "".</summary>
    /// <param name="needles">In order of preference: a later needle is only looked for when no line has an earlier one.</param>
    private static string LineOf(string source, params string[] needles)
    {
        var lines = source.Split('\n');
        foreach (var needle in needles.Where(n => n.Length > 0))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(needle, StringComparison.Ordinal))
                {
                    return $":{i + 1}";
                }
            }
        }

        return "";
    }

    [GeneratedRegex(@"Filter '([^']+)'")]
    private static partial Regex FilterName();

    [GeneratedRegex(@"Variable '([^']+)'")]
    private static partial Regex VariableName();

    /// <summary>Serves {% include %} from the template set of the render that asks, and nothing else.</summary>
    private sealed class SandboxedFileSystem : IFileSystem
    {
        public string ReadTemplateFile(Context context, string templateName)
        {
            var name = templateName.Trim('\'', '"');
            if (context.Registers["templates"] is not TemplateSet templates)
            {
                throw new TemplateException($"include '{name}' is hier niet toegestaan");
            }

            return templates.Read(name, out _);
        }
    }
}
