using System.Text;
using IntervisieDocs.Layout;

namespace IntervisieDocs.Markdown.Renderers;

/// <summary>Collects the styled text of one block; emphasis pushes a style, its end pops it.</summary>
internal sealed class SpanCollector(TextStyle style)
{
    private readonly List<Span> _spans = [];
    private readonly Stack<TextStyle> _styles = new([style]);
    private readonly StringBuilder _run = new();
    private readonly StringBuilder _text = new();
    private TextStyle? _runStyle;

    public TextStyle Style => _styles.Peek();

    /// <summary>Characters appended so far; a position for <see cref="TextSince"/>.</summary>
    public int Length => _text.Length;

    public string TextSince(int position) => _text.ToString(position, _text.Length - position);

    public void Append(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_runStyle != Style)
        {
            Flush();
            _runStyle = Style;
        }

        _run.Append(text);
        _text.Append(text);
    }

    public void PushStyle(TextStyle style) => _styles.Push(style);

    public void PopStyle() => _styles.Pop();

    /// <summary>The collected spans, neighbours of one style merged, without leading whitespace.</summary>
    public IReadOnlyList<Span> ToSpans()
    {
        Flush();
        while (_spans.Count > 0 && _spans[0].Text.TrimStart().Length == 0)
        {
            _spans.RemoveAt(0);
        }

        if (_spans.Count > 0)
        {
            _spans[0] = _spans[0] with { Text = _spans[0].Text.TrimStart() };
        }

        return [.. _spans];
    }

    private void Flush()
    {
        if (_run.Length > 0 && _runStyle is not null)
        {
            _spans.Add(new Span(_run.ToString(), _runStyle));
        }

        _run.Clear();
    }
}
