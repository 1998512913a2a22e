using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IntervisieDocs.Templating;

/// <summary>
/// The one way into the templates: <see cref="Render"/> a template by name with plain variables, get
/// Markdown. Templates are Scriban (<c>templates/*.sbn</c>), each read and parsed once per renderer;
/// strict where Scriban is lenient: an unknown variable, field or function is an error naming the
/// template's file, line and column (also inside an included template), and all such errors of one
/// render are reported together, never an empty line in a printed handout.
/// </summary>
internal sealed class TemplateRenderer
{
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly ScriptObject _builtins = TemplateFunctions.Builtins();

    public TemplateRenderer(TemplateSet templates)
    {
        Templates = templates;
    }

    public TemplateSet Templates { get; }

    /// <param name="name">Template file name without extension, e.g. "handout".</param>
    /// <param name="variables">Top-level variables; nested values are <see cref="TemplateObject"/>s and lists.</param>
    /// <exception cref="TemplateException">The template is missing or wrong; the message lists every error found.</exception>
    public string Render(string name, TemplateVariables variables)
    {
        var template = Parsed(Templates.Resolve(name));
        var context = new RenderContext(this, _builtins);
        context.PushCulture(CultureInfo.InvariantCulture);
        var globals = new ScriptObject();
        foreach (var (key, value) in variables.All)
        {
            globals[key] = value;
        }

        context.PushGlobal(globals);
        string output;
        try
        {
            output = template.Render(context);
        }
        catch (ScriptRuntimeException e) when (e.InnerException is TemplateException inner)
        {
            throw new TemplateException(string.Join('\n', [.. context.Errors, inner.Message]), e);
        }
        catch (ScriptRuntimeException e)
        {
            context.Error(e.Span, e is DutchRuntimeException ? e.OriginalMessage : TemplateErrors.Dutch(e.OriginalMessage));
            throw new TemplateException(string.Join('\n', context.Errors), e);
        }

        if (context.Errors.Count > 0)
        {
            throw new TemplateException(string.Join('\n', context.Errors));
        }

        return output;
    }

    /// <summary>The parsed template at <paramref name="path"/> (a path <see cref="TemplateSet.Resolve"/> gave), parsed on first use.</summary>
    /// <exception cref="TemplateException">The template has syntax errors or calls an unknown function; all of them are listed.</exception>
    internal Template Parsed(string path)
    {
        lock (_gate)
        {
            if (_parsed.TryGetValue(path, out var cached))
            {
                return cached;
            }
        }

        var display = TemplateSet.Display(path);
        var template = Template.Parse(Templates.ReadResolved(path), display);
        var errors = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => $"{TemplateErrors.Place(m.Span)}: {TemplateErrors.Dutch(m.Message)}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(UnknownFunctions(template.Page!));
        }

        if (errors.Count > 0)
        {
            throw new TemplateException(string.Join('\n', errors));
        }

        lock (_gate)
        {
            _parsed[path] = template;
        }

        return template;
    }

    /// <summary>
    /// Every call of a function that does not exist (<c>{{ x | uren }}</c>, <c>{{ string.hoofdletter x }}</c>),
    /// found before rendering so that all of them are reported at once. A name the template defines
    /// itself (<c>func</c> or an assignment) counts as known.
    /// </summary>
    private IEnumerable<string> UnknownFunctions(ScriptNode page)
    {
        var nodes = Descendants(page).ToList();
        var defined = nodes.OfType<ScriptFunction>().Select(f => f.NameOrDoToken?.ToString())
            .Concat(nodes.OfType<ScriptAssignExpression>().Select(a => (a.Target as ScriptVariable)?.Name))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var function = node switch
            {
                ScriptPipeCall { To: not ScriptFunctionCall } pipe => pipe.To,
                ScriptFunctionCall call => call.Target,
                _ => null,
            };
            var (space, name) = function switch
            {
                ScriptVariable variable => ((string?)null, variable.Name),
                ScriptMemberExpression { Target: ScriptVariable target } member => (target.Name, member.Member?.Name),
                _ => (null, null),
            };
            if (name is null || (space is null && defined.Contains(name)) || TemplateFunctions.Exists(_builtins, space, name))
            {
                continue;
            }

            var full = space is null ? name : $"{space}.{name}";
            var place = function is ScriptMemberExpression { Member: { } named } ? named.Span : function!.Span;
            yield return $"{TemplateErrors.Place(place)}: onbekende functie '{full}'";
        }
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        yield return node;
        foreach (var child in node.Children)
        {
            if (child is null)
            {
                continue;
            }

            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
