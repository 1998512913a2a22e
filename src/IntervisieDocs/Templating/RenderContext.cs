using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IntervisieDocs.Templating;

/// <summary>
/// One render: Scriban's context, made strict without stopping at the first problem. An unknown
/// variable, field or function is written down with its file, line and column and renders as nothing,
/// so that one run reports every such error of the template; the renderer then refuses the output.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    /// <summary>More errors than this are summarised: one wrong name in a loop is reported once anyway.</summary>
    public const int MaxErrors = 25;

    /// <summary>Steps of one loop statement (Scriban counts them over all its runs in a render).</summary>
    public const int MaxLoopSteps = 100_000;

    /// <summary>Steps of all loops of a render together: the schatkist takes a few thousand.</summary>
    public const int MaxTotalSteps = 1_000_000;

    /// <summary>How deep includes and functions may call each other (ours go 3 deep).</summary>
    public const int MaxDepth = 20;

    /// <summary>Characters of Markdown one render may write (the schatkist writes about 300 000).</summary>
    public const int MaxOutput = 4_000_000;

    private long _steps;
    private long _written;

    private readonly TemplateRenderer _renderer;
    private readonly List<string> _errors = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _dropped;

    public RenderContext(TemplateRenderer renderer, ScriptObject builtins)
        : base(builtins)
    {
        _renderer = renderer;
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
        LoopLimit = MaxLoopSteps;
        LoopLimitQueryable = MaxLoopSteps;
        RecursiveLimit = MaxDepth;
        ObjectRecursionLimit = MaxDepth;
        LimitToString = MaxOutput;
        TemplateLoader = new Loader(renderer);
        TryGetVariable = UnknownVariable;
        TryGetMember = UnknownMember;
    }

    public IReadOnlyList<string> Errors => _dropped == 0 ? _errors : [.. _errors, $"… en nog {_dropped} fouten"];

    /// <summary>Writes an error down at <paramref name="span"/> (once per place and message).</summary>
    public void Error(SourceSpan span, string message)
    {
        var line = $"{TemplateErrors.Place(span)}: {message}";
        if (!_seen.Add(line))
        {
            return;
        }

        if (_errors.Count >= MaxErrors)
        {
            _dropped++;
            return;
        }

        _errors.Add(line);
    }

    /// <summary>Stops a runaway template: every step of every loop counts against one budget per render.</summary>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_steps > MaxTotalSteps)
        {
            throw new DutchRuntimeException(loop.Span, $"het sjabloon herhaalt meer dan {MaxTotalSteps:N0} keer; staat er een lus (in een lus) die niet ophoudt?".Replace(',', '.'));
        }

        return base.OnStepLoop(loop);
    }

    /// <summary>Stops a template that writes far more than any product: a cap on the Markdown of one render.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        _written += textAsObject is string text ? text.Length : 16;
        if (_written > MaxOutput)
        {
            throw new DutchRuntimeException(span, $"het sjabloon schrijft meer dan {MaxOutput:N0} tekens; zo groot wordt geen product. Staat er een lus die niet ophoudt?".Replace(',', '.'));
        }

        return base.Write(span, textAsObject);
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target) => target switch
    {
        TemplateObject => TemplateObjectAccessor.Instance,
        TemplateList => TemplateListAccessor.Instance,
        Unknown => UnknownAccessor.Instance,
        _ => base.GetMemberAccessorImpl(target)!,
    };

    public override bool ToBool(SourceSpan span, object? value) => value is not Unknown && base.ToBool(span, value);

    public override string ObjectToString(object? value, bool nested = false) => value is Unknown ? "" : base.ObjectToString(value, nested)!;

    /// <summary>An included template comes parsed from the renderer's cache: every template is parsed once per run.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => _renderer.Parsed(templatePath);

    private bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        var called = variable.Parent is ScriptPipeCall pipe && ReferenceEquals(pipe.To, variable) ||
            variable.Parent is ScriptFunctionCall call && ReferenceEquals(call.Target, variable);
        Error(span, called ? $"onbekende functie '{variable.Name}'" : $"onbekende variabele '{variable.Name}'");
        value = Unknown.Value;
        return true;
    }

    private bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        Error(MemberSpan(span, member), target switch
        {
            ScriptObject => $"onbekende functie of waarde '{member}'",
            string => $"een tekst heeft geen veld '{member}'",
            System.Collections.IEnumerable => $"een lijst heeft geen veld '{member}' (wel: size; het eerste of laatste element: array.first, array.last)",
            _ => $"'{member}' bestaat hier niet",
        });
        value = null;
        return true;
    }

    /// <summary>The member's own place in <c>methode.tittel</c>: the expression's span ends with the member name.</summary>
    private static SourceSpan MemberSpan(SourceSpan span, string member)
    {
        if (span.Start.Line != span.End.Line || span.End.Column - member.Length + 1 < span.Start.Column)
        {
            return span;
        }

        var start = new TextPosition(span.End.Offset - member.Length + 1, span.End.Line, span.End.Column - member.Length + 1);
        return new SourceSpan(span.FileName, start, span.End);
    }

    /// <summary>
    /// What an unknown variable renders as after its error is written down: nothing, false, an empty
    /// list, and again itself for any field, so that one wrong name gives one error, not a cascade.
    /// </summary>
    private sealed class Unknown : System.Collections.IEnumerable
    {
        public static readonly Unknown Value = new();

        public override string ToString() => "";

        public System.Collections.IEnumerator GetEnumerator() => Enumerable.Empty<object>().GetEnumerator();
    }

    private sealed class UnknownAccessor : IObjectAccessor
    {
        public static readonly UnknownAccessor Instance = new();

        public bool HasIndexer => true;

        public Type IndexType => typeof(object);

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 0;

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => [];

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => true;

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            value = Unknown.Value;
            return true;
        }

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
        {
            value = Unknown.Value;
            return true;
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
    }

    /// <summary>Fields of our model objects; an unknown one is an error that lists the known ones.</summary>
    private sealed class TemplateObjectAccessor : IObjectAccessor
    {
        public static readonly TemplateObjectAccessor Instance = new();

        public bool HasIndexer => true;

        public Type IndexType => typeof(string);

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ((TemplateObject)target).FieldNames.Count;

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ((TemplateObject)target).FieldNames;

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
            ((TemplateObject)target).TryGet(member, out _);

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            var fields = (TemplateObject)target;
            if (!fields.TryGet(member, out value))
            {
                ((RenderContext)context).Error(MemberSpan(span, member), fields.UnknownField(member));
            }

            return true;
        }

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
        {
            var fields = (TemplateObject)target;
            var name = index?.ToString() ?? "";
            if (!fields.TryGet(name, out value))
            {
                ((RenderContext)context).Error(span, $"{fields.Kind}[\"{name}\"] bestaat niet (wel: {string.Join(", ", fields.FieldNames.Order(StringComparer.Ordinal))})");
            }

            return true;
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
    }

    /// <summary>
    /// A <see cref="TemplateList"/>: <c>size</c>, an item by id (<c>methoden["modelling"]</c>) or by
    /// position (<c>methoden[0]</c>); an unknown id or a position past the end is an error.
    /// </summary>
    private sealed class TemplateListAccessor : IObjectAccessor
    {
        public static readonly TemplateListAccessor Instance = new();

        public bool HasIndexer => true;

        public Type IndexType => typeof(object);

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 1;

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ["size"];

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => member == "size";

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            var list = (TemplateList)target;
            value = list.Count;
            if (member != "size")
            {
                ((RenderContext)context).Error(MemberSpan(span, member),
                    $"{list.Kind} is een lijst en heeft geen veld '{member}' (wel: size; één element: {list.Kind}[\"id\"] of {list.Kind}[0])");
                value = null;
            }

            return true;
        }

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
        {
            var list = (TemplateList)target;
            value = null;
            switch (index)
            {
                case string id when list.TryGet(id, out value):
                    break;
                case string id:
                    ((RenderContext)context).Error(span, $"{list.Kind}[\"{id}\"] bestaat niet (wel: {string.Join(", ", list.Ids.Order(StringComparer.Ordinal))})");
                    break;
                case int or long when Convert.ToInt64(index, System.Globalization.CultureInfo.InvariantCulture) is var i && i >= 0 && i < list.Count:
                    value = list[(int)i];
                    break;
                default:
                    ((RenderContext)context).Error(span, $"{list.Kind}[{index}] bestaat niet: de lijst heeft {list.Count} elementen, {list.Kind}[0] tot en met {list.Kind}[{list.Count - 1}]");
                    break;
            }

            return true;
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
    }

    /// <summary>Resolves <c>include</c> names through the template set (plain names only, the user's folder first).</summary>
    private sealed class Loader(TemplateRenderer renderer) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            try
            {
                return renderer.Templates.Resolve(templateName);
            }
            catch (TemplateException e)
            {
                throw new DutchRuntimeException(callerSpan, e.Message);
            }
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => renderer.Templates.ReadResolved(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

/// <summary>A run-time error whose message is already Dutch (ours, not Scriban's).</summary>
internal sealed class DutchRuntimeException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
