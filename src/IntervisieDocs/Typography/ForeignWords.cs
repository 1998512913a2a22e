using System.Text;

namespace IntervisieDocs.Typography;

/// <summary>
/// The words in the data that are not Dutch (<c>Typography/Talen/vreemde-woorden.txt</c>): the layout
/// gives such a word a run of its own in its language (<c>LanguageSpans</c>), so the tagged PDF marks it with <c>/Lang</c> (a screen
/// reader reads "fishbowl" in English, not in Dutch) and the Dutch patterns do not hyphenate it.
/// Whole words only, in any case; a Dutch compound with such a word stays Dutch.
/// </summary>
internal sealed class ForeignWords
{
    private static readonly Lazy<ForeignWords> Shared = new(Load);

    private readonly Dictionary<string, string> _languages;

    internal ForeignWords(Dictionary<string, string> languages) => _languages = languages;

    public static ForeignWords Instance => Shared.Value;

    public int Count => _languages.Count;

    /// <summary>The language of <paramref name="word"/> (letters only), or null when it is Dutch.</summary>
    public string? LanguageOf(ReadOnlySpan<char> word) =>
        _languages.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var language) ? language : null;

    /// <summary>Every listed word in <paramref name="text"/>: where it starts, how long it is, its language.</summary>
    public IEnumerable<(int Start, int Length, string Language)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (LanguageOf(text.AsSpan(start, i - start)) is { } language)
            {
                yield return (start, i - start, language);
            }
        }
    }

    private static ForeignWords Load()
    {
        using var stream = typeof(ForeignWords).Assembly.GetManifestResourceStream("IntervisieDocs.Talen.vreemde-woorden.txt")
            ?? throw new InvalidOperationException("De lijst met vreemde woorden ontbreekt in het programma.");
        return new ForeignWords(Read(new StreamReader(stream, Encoding.UTF8).ReadToEnd()));
    }

    /// <summary>Reads the list: a word and a language code a line; '#' starts a comment.</summary>
    internal static Dictionary<string, string> Read(string text)
    {
        var languages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2 || !fields[0].All(char.IsLetter))
            {
                throw new InvalidOperationException($"Onleesbare regel in de lijst met vreemde woorden: \"{line}\"");
            }

            languages[fields[0]] = fields[1];
        }

        return languages;
    }
}
