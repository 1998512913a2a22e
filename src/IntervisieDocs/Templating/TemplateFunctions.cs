using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IntervisieDocs.Templating;

/// <summary>
/// The functions a template may call: the Dutch ones (<see cref="DutchFilters"/>) under their Dutch
/// names, and Scriban's built-in <c>string</c>, <c>array</c>, <c>math</c>, <c>object</c> and <c>html</c>
/// functions without those that reach outside the template (the clock, chance, evaluating text as a
/// template). Each Dutch function is registered as an object of our own (<see cref="Function"/>), not
/// through reflection on <see cref="DutchFilters"/>.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Built-in objects a template keeps, and the members taken out of them.</summary>
    private static readonly Dictionary<string, string[]> Kept = new(StringComparer.Ordinal)
    {
        ["string"] = [],
        ["array"] = [],
        ["math"] = ["random", "uuid"],
        ["object"] = ["eval", "eval_template", "from_json", "to_json"],
        ["html"] = [],
    };

    /// <summary>Built-in plain functions a template keeps (<c>include</c> reads only through the template set).</summary>
    private static readonly string[] KeptFunctions = ["include", "empty", "blank"];

    /// <summary>The Dutch functions by name.</summary>
    public static IReadOnlyDictionary<string, Function> Dutch { get; } = new Function[]
    {
        new("minuten", 1, 1, a => DutchFilters.Minuten(a[0])),
        new("duur", 1, 1, a => DutchFilters.Duur(a[0])),
        new("klok", 1, 1, a => DutchFilters.Klok(a[0])),
        new("datum", 1, 1, a => DutchFilters.Datum(a[0])),
        new("korte_datum", 1, 1, a => DutchFilters.KorteDatum(a[0])),
        new("md", 1, 1, a => DutchFilters.Md(a[0])),
        new("md_regels", 1, 1, a => DutchFilters.MdRegels(a[0])),
        new("alineas", 1, 1, a => new ScriptArray(DutchFilters.Alineas(a[0]))),
        new("punten", 1, 1, a => new ScriptArray(DutchFilters.Punten(a[0]))),
        new("met", 2, 2, a => DutchFilters.Met(a[0], a[1]?.ToString() ?? "")),
        new("zonder_slotteken", 1, 1, a => DutchFilters.ZonderSlotteken(a[0])),
        new("invulregel", 1, 1, a => DutchFilters.Invulregel(a[0])),
        new("inspringen", 1, 2, a => DutchFilters.Inspringen(a[0], a.Length > 1 && a[1] is int spaces ? spaces : 4)),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>A fresh built-in object with only what templates may use (one per renderer: Scriban objects are mutable).</summary>
    public static ScriptObject Builtins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var name in builtins.Keys.ToList())
        {
            if (Kept.TryGetValue(name, out var removed) && builtins[name] is ScriptObject namespaced)
            {
                foreach (var member in removed)
                {
                    namespaced.Remove(member);
                }
            }
            else if (!KeptFunctions.Contains(name))
            {
                builtins.Remove(name);
            }
        }

        foreach (var function in Dutch.Values)
        {
            builtins.SetValue(function.Name, function, readOnly: true);
        }

        return builtins;
    }

    /// <summary>Whether <paramref name="name"/> (or <c>space.name</c>) is a function a template may call.</summary>
    public static bool Exists(ScriptObject builtins, string? space, string name) =>
        space is null
            ? builtins.TryGetValue(name, out var value) && value is IScriptCustomFunction
            : builtins.TryGetValue(space, out var found) && found is ScriptObject members && members.ContainsKey(name);

    /// <summary>One Dutch template function: a name, how many arguments, and what it does.</summary>
    internal sealed class Function(string name, int required, int maximum, Func<object?[], object?> body) : IScriptCustomFunction
    {
        public string Name { get; } = name;

        public int RequiredParameterCount => required;

        public int ParameterCount => maximum;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "invoer" : $"argument{index}");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var render = (RenderContext)context;
            if (arguments.Count < required || arguments.Count > maximum)
            {
                var expected = required == maximum ? $"{required}" : $"{required} tot {maximum}";
                render.Error(callerContext?.Span ?? context.CurrentSpan, $"functie {Name} krijgt {expected} {(maximum == 1 ? "waarde" : "waarden")}, niet {arguments.Count}");
                return null;
            }

            try
            {
                return body([.. arguments]);
            }
            catch (TemplateFunctionException e)
            {
                render.Error(callerContext?.Span ?? context.CurrentSpan, e.Message);
                return null;
            }
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
