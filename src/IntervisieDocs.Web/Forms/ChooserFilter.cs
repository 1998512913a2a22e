using System.Globalization;
using System.Text;
using IntervisieDocs.Model;
using Microsoft.AspNetCore.Http;

namespace IntervisieDocs.Web.Forms;

/// <summary>
/// The chooser's filters, as typed (so the form shows them again) and as understood. A method fits
/// when its steps without the optional ones fit the minutes, the group size is within its range, it
/// is marked for beginners (if asked), and every purpose word occurs in its title, purpose or tags.
/// </summary>
internal sealed class ChooserFilter
{
    public const int MaxMinutes = 24 * 60;

    public string Minutes { get; private init; } = "";

    public string GroupSize { get; private init; } = "";

    public bool Beginners { get; private init; }

    public string Words { get; private init; } = "";

    public FormErrors Errors { get; } = new();

    private int? _minutes;
    private int? _groupSize;

    public bool IsEmpty => Minutes.Length == 0 && GroupSize.Length == 0 && !Beginners && Words.Length == 0;

    public static ChooserFilter From(IQueryCollection query)
    {
        var filter = new ChooserFilter
        {
            Minutes = Value(query, "minuten"),
            GroupSize = Value(query, "groep"),
            Beginners = Value(query, "beginners") is "ja" or "on" or "1",
            Words = Value(query, "doel"),
        };
        filter._minutes = filter.Number("minuten", filter.Minutes, 1, MaxMinutes, "90");
        filter._groupSize = filter.Number("groep", filter.GroupSize, 1, Sessions.SessionReader.MaxParticipants, "8");
        return filter;
    }

    public bool Fits(Method method)
    {
        if (_minutes is { } minutes && (!method.HasTimes || method.TotalMinutesWithoutOptional > minutes))
        {
            return false;
        }

        if (_groupSize is { } size && (size < method.GroupSize.Min || size > method.GroupSize.Max))
        {
            return false;
        }

        if (Beginners && !method.ForBeginners)
        {
            return false;
        }

        var haystack = Fold(string.Join(' ', [method.Title, method.Purpose, .. method.Tags]));
        return WordList().All(word => haystack.Contains(word, StringComparison.Ordinal));
    }

    private IEnumerable<string> WordList() =>
        Fold(Words).Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private int? Number(string field, string text, int min, int max, string example)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Errors.Add(field, $"geef een heel getal van {min} tot en met {max}, bijvoorbeeld {example}, niet '{text}'");
            return null;
        }

        return value;
    }

    private static string Value(IQueryCollection query, string key) => query[key].ToString().Trim() is var v && v.Length <= 200 ? v : v[..200];

    /// <summary>Lower case without accents, so "ideeen" finds "ideeën".</summary>
    private static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            output.Append(c switch
            {
                'á' or 'à' or 'ä' or 'â' => 'a',
                'é' or 'è' or 'ë' or 'ê' => 'e',
                'í' or 'ì' or 'ï' or 'î' => 'i',
                'ó' or 'ò' or 'ö' or 'ô' => 'o',
                'ú' or 'ù' or 'ü' or 'û' => 'u',
                _ => c,
            });
        }

        return output.ToString();
    }
}
