namespace IntervisieDocs.Model;

/// <summary>Step numbers as a Dutch reader writes them: "2–6", "6 en 13", "1–3, 5 en 9".</summary>
internal static class StepNumbers
{
    public static string Format(IEnumerable<int> numbers)
    {
        var parts = new List<string>();
        var sorted = numbers.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1)
                end++;
            // A run of two reads better as "2 en 3" than as "2–3".
            if (end - i >= 2)
            {
                parts.Add($"{sorted[i]}–{sorted[end]}");
                i = end + 1;
            }
            else
            {
                parts.Add(sorted[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
                i++;
            }
        }

        return parts.Count <= 1
            ? string.Concat(parts)
            : $"{string.Join(", ", parts.Take(parts.Count - 1))} en {parts[^1]}";
    }
}
