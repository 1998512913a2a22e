namespace IntervisieDocs.Loading;

/// <summary>"Bedoelde je ...?": the closest known name within a small edit distance.</summary>
internal static class Suggestions
{
    public const int MaxDistance = 2;

    /// <summary>The nearest candidate at distance ≤ <see cref="MaxDistance"/>; ties go to the first in order.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = MaxDistance + 1;
        // The distance is at least the difference in length; skipping those keeps a huge key cheap.
        foreach (var candidate in candidates.Where(c => Math.Abs(c.Length - word.Length) <= MaxDistance))
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }

        return best;
    }

    /// <summary>The <paramref name="count"/> candidates nearest to <paramref name="word"/>, nearest first (ties by name).</summary>
    public static IEnumerable<string> Nearest(string word, IEnumerable<string> candidates, int count = 3) =>
        candidates
            .Select(c => (Id: c, Distance: Distance(word, c)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Id);

    /// <summary>
    /// Damerau–Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
    /// substitutions and swaps of two neighbouring letters each cost 1.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
