using System.Reflection;
using System.Text;

namespace IntervisieDocs.Typography;

/// <summary>
/// Dutch hyphenation: Liang's algorithm over the OpenTaal patterns (Debian's hyphen-nl, shipped in
/// <c>Typography/Hyphenation/</c> with their licence), with an exception list in data
/// (<c>uitzonderingen.txt</c>) that wins over the patterns. At least two letters stay before a break
/// and three after it. Only plain lower-case words are hyphenated: never names or sentence starts
/// (<see cref="CanHyphenate"/> decides), URLs, numbers or words with capitals inside.
/// </summary>
internal sealed class DutchHyphenator
{
    public const int LeftMin = 2;
    public const int RightMin = 3;
    public const int MinWordLength = LeftMin + RightMin;

    private static readonly Lazy<DutchHyphenator> Shared = new(Load);

    private readonly Dictionary<string, byte[]> _patterns;
    private readonly Dictionary<string, int[]> _exceptions;
    private readonly int _longestPattern;

    internal DutchHyphenator(Dictionary<string, byte[]> patterns, Dictionary<string, int[]> exceptions)
    {
        _patterns = patterns;
        _exceptions = exceptions;
        _longestPattern = patterns.Keys.Max(k => k.Length);
    }

    /// <summary>The one instance, read from the embedded data on first use.</summary>
    public static DutchHyphenator Instance => Shared.Value;

    /// <summary>
    /// Off only to measure what hyphenation costs (the benchmark); every product hyphenates.
    /// Process-wide, so nothing that runs alongside may switch it.
    /// </summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>The instance paragraphs use: <see cref="Instance"/>, or none while switched off.</summary>
    internal static DutchHyphenator? ForLayout => Enabled ? Instance : null;

    public int PatternCount => _patterns.Count;

    /// <summary>
    /// Whether <paramref name="word"/> (letters only, no punctuation around it) may be hyphenated at
    /// all: lower-case letters only, so no names, abbreviations, numbers or URLs.
    /// </summary>
    public static bool CanHyphenate(ReadOnlySpan<char> word)
    {
        if (word.Length < MinWordLength)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The positions inside <paramref name="word"/> where it may break (a break at i puts word[..i]
    /// before the hyphen), in increasing order; empty when the word must not be hyphenated.
    /// </summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (!CanHyphenate(word))
        {
            return [];
        }

        if (_exceptions.TryGetValue(word, out var fixedPoints))
        {
            return fixedPoints;
        }

        var dotted = "." + word + ".";
        var values = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            var maxLength = Math.Min(_longestPattern, dotted.Length - start);
            for (var length = 1; length <= maxLength; length++)
            {
                if (_patterns.TryGetValue(dotted.Substring(start, length), out var pattern))
                {
                    for (var k = 0; k < pattern.Length; k++)
                    {
                        values[start + k] = Math.Max(values[start + k], pattern[k]);
                    }
                }
            }
        }

        // values[i] sits before dotted[i]; a break before word[p] is values[p + 1].
        var points = new List<int>();
        for (var p = LeftMin; p <= word.Length - RightMin; p++)
        {
            if (values[p + 1] % 2 == 1)
            {
                points.Add(p);
            }
        }

        return points;
    }

    /// <summary>
    /// The break points the exception list gives <paramref name="word"/>, and none from the patterns:
    /// for a word in another language, which the Dutch patterns would break the Dutch way.
    /// </summary>
    public IReadOnlyList<int> ListedPoints(string word) =>
        CanHyphenate(word) && _exceptions.TryGetValue(word, out var points) ? points : [];

    /// <summary>The word with '-' at every break point (for tests and for reading the exceptions).</summary>
    public string Show(string word)
    {
        var points = Points(word);
        var builder = new StringBuilder(word);
        for (var i = points.Count - 1; i >= 0; i--)
        {
            builder.Insert(points[i], '-');
        }

        return builder.ToString();
    }

    /// <summary>Reads the patterns and exceptions embedded in the program (about 16,000 patterns).</summary>
    internal static DutchHyphenator Load()
    {
        var assembly = typeof(DutchHyphenator).Assembly;
        var patterns = ReadPatterns(Open(assembly, "hyph_nl_NL.dic"));
        var exceptions = ReadExceptions(new StreamReader(Open(assembly, "uitzonderingen.txt"), Encoding.UTF8).ReadToEnd());
        return new DutchHyphenator(patterns, exceptions);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream("IntervisieDocs.Hyphenation." + name)
        ?? throw new InvalidOperationException($"Afbreekgegevens ontbreken in het programma: {name}");

    /// <summary>Reads a hyphen(1) pattern file: the first line names the encoding, then one pattern a line.</summary>
    internal static Dictionary<string, byte[]> ReadPatterns(Stream stream)
    {
        // The Debian file is ISO-8859-1, which maps every byte to the code point of the same value.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var first = true;
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (first)
            {
                first = false;
                if (!line.Any(char.IsDigit))
                {
                    continue; // the encoding line
                }
            }

            if (line.Length == 0 || line.StartsWith('%'))
            {
                continue;
            }

            var letters = new StringBuilder();
            var values = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (c is >= '0' and <= '9')
                {
                    values[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    values.Add(0);
                }
            }

            patterns[letters.ToString()] = [.. values];
        }

        return patterns;
    }

    /// <summary>One word a line with '-' where it may break (none: never break it); '#' starts a comment.</summary>
    internal static Dictionary<string, int[]> ReadExceptions(string text)
    {
        var exceptions = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var points = new List<int>();
            var word = new StringBuilder();
            foreach (var c in line)
            {
                if (c == '-')
                {
                    points.Add(word.Length);
                }
                else
                {
                    word.Append(c);
                }
            }

            exceptions[word.ToString()] = [.. points];
        }

        return exceptions;
    }
}
