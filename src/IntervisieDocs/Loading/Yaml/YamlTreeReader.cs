using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IntervisieDocs.Loading.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, keeping every node's
/// position. Iterative (an explicit stack), so deep nesting cannot overflow the call stack.
/// Anchors and aliases are refused outright: our data never needs them, and refusing the first
/// one makes an alias bomb cost nothing. Returns null when the file cannot be used at all.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly DiagnosticCollector _diagnostics;
    private readonly Stack<Frame> _open = new();
    private YamlNode? _root;
    private bool _inParser;
    private SourcePosition _lastRead = SourcePosition.Start;

    private YamlTreeReader(DiagnosticCollector diagnostics) => _diagnostics = diagnostics;

    public static YamlNode? Read(string text, DiagnosticCollector diagnostics)
    {
        var reader = new YamlTreeReader(diagnostics);
        try
        {
            return reader.Run(new Parser(new StringReader(text)));
        }
        catch (YamlException e)
        {
            diagnostics.Error(YamlErrorMessages.Locate(e, text), null, YamlErrorMessages.Describe(e));
            return null;
        }
        catch (Exception) when (reader._inParser)
        {
            // YamlDotNet's scanner sometimes throws a plain exception on invalid input (e.g.
            // InvalidOperationException for "a: [b\n?"; see aaubry/YamlDotNet#541). It is still
            // the file's mistake, so it is reported like any syntax error.
            diagnostics.Error(reader._lastRead, null, "ongeldige YAML: de tekst is vanaf hier niet te lezen; controleer haakjes en aanhalingstekens");
            return null;
        }
    }

    private YamlNode? Run(IParser parser)
    {
        var documents = 0;
        var events = 0;
        while (MoveNext(parser))
        {
            var current = parser.Current!;
            _lastRead = ToPosition(current.End);
            // More events than characters means the parser no longer advances.
            if (++events > YamlLimits.MaxFileBytes)
                return Refuse(current, "de YAML-lezer komt niet verder; het bestand is niet te lezen");
            if (current is DocumentStart && ++documents > 1)
                return Refuse(current, "het bestand bevat meer dan één YAML-document ('---'); zet elk in een eigen bestand");
            if (!Accept(current))
                return null;

            switch (current)
            {
                case Scalar scalar:
                    Add(new YamlScalar(ToPosition(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain));
                    break;
                case MappingStart or SequenceStart:
                    if (!Open((NodeEvent)current))
                        return null;
                    break;
                case MappingEnd or SequenceEnd:
                    Add(_open.Pop().Close());
                    break;
            }
        }

        if (_root is null)
            _diagnostics.Error(SourcePosition.Start, null, "het bestand is leeg");
        return _root;
    }

    private bool MoveNext(IParser parser)
    {
        _inParser = true;
        var moved = parser.MoveNext();
        _inParser = false;
        return moved;
    }

    /// <summary>Reports what is wrong with one event; false when the file must be refused.</summary>
    private bool Accept(ParsingEvent current)
    {
        switch (current)
        {
            case AnchorAlias alias:
                Refuse(alias, $"aliassen (*{alias.Value}) worden niet ondersteund; schrijf de waarde uit");
                return false;
            case NodeEvent node when !node.Anchor.IsEmpty:
                Refuse(node, $"ankers (&{node.Anchor}) worden niet ondersteund; schrijf de waarde uit");
                return false;
            case Scalar { Value.Length: > YamlLimits.MaxScalarLength } scalar:
                Refuse(scalar, $"tekst van {scalar.Value.Length} tekens is te lang (hoogstens {YamlLimits.MaxScalarLength})");
                return false;
            case MappingStart or SequenceStart when _open.TryPeek(out var parent) && parent.ExpectsKey:
                Refuse(current, "een veldnaam moet tekst zijn, geen lijst of groep velden");
                return false;
        }

        if (current is NodeEvent { Tag: { IsEmpty: false, IsNonSpecific: false } tag })
            _diagnostics.Error(ToPosition(current.Start), null, $"YAML-tags ('{tag.Value}') worden niet ondersteund; laat de tag weg");
        return true;
    }

    private bool Open(NodeEvent start)
    {
        if (_open.Count >= YamlLimits.MaxDepth)
        {
            Refuse(start, $"te diep genest (meer dan {YamlLimits.MaxDepth} niveaus)");
            return false;
        }

        var position = ToPosition(start.Start);
        _open.Push(start is MappingStart ? new MappingFrame(position, _diagnostics) : new SequenceFrame(position));
        return true;
    }

    private void Add(YamlNode node)
    {
        if (_open.TryPeek(out var parent))
            parent.Add(node);
        else
            _root = node;
    }

    private YamlNode? Refuse(ParsingEvent at, string message)
    {
        _diagnostics.Error(ToPosition(at.Start), null, message);
        return null;
    }

    private static SourcePosition ToPosition(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private abstract class Frame(SourcePosition position)
    {
        public SourcePosition Position { get; } = position;

        public virtual bool ExpectsKey => false;

        public abstract void Add(YamlNode node);

        public abstract YamlNode Close();
    }

    private sealed class SequenceFrame(SourcePosition position) : Frame(position)
    {
        private readonly List<YamlNode> _items = [];

        public override void Add(YamlNode node) => _items.Add(node);

        public override YamlNode Close() => new YamlSequence(Position, [.. _items]);
    }

    private sealed class MappingFrame(SourcePosition position, DiagnosticCollector diagnostics) : Frame(position)
    {
        private readonly List<YamlEntry> _entries = [];
        private readonly Dictionary<string, int> _keyLines = new(StringComparer.Ordinal);
        private YamlScalar? _key;
        private bool _keyIsDuplicate;

        public override bool ExpectsKey => _key is null;

        public override void Add(YamlNode node)
        {
            if (_key is null)
            {
                // Accept() guarantees keys are scalars.
                _key = (YamlScalar)node;
                _keyIsDuplicate = !_keyLines.TryAdd(_key.Value, _key.Position.Line);
                if (_keyIsDuplicate)
                {
                    diagnostics.Error(_key.Position, _key.Value,
                        $"veld '{_key.Value}' komt twee keer voor (ook op regel {_keyLines[_key.Value]})");
                }

                return;
            }

            if (!_keyIsDuplicate)
                _entries.Add(new YamlEntry(_key, node));
            _key = null;
        }

        public override YamlNode Close() => new YamlMapping(Position, [.. _entries]);
    }
}
