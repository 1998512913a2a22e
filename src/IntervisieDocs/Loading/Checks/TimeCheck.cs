using IntervisieDocs.Model;

namespace IntervisieDocs.Loading.Checks;

/// <summary>
/// Compares a method's steps with the time its source states. Disagreement is a warning, not an
/// error: several sources disagree with themselves, and the printed handout must say so rather
/// than silently pick one number. The message names the likely reasons found in the data.
/// </summary>
internal static class TimeCheck
{
    public static void Report(
        Method method, SourcePosition statedAt, IReadOnlyList<SourcePosition> stepPositions, DiagnosticCollector diagnostics)
    {
        if (method.HasTimes)
        {
            foreach (var step in method.StepsWithoutTime)
            {
                diagnostics.Warning(stepPositions[step.Number - 1], $"stappen[{step.Number - 1}].minuten",
                    $"stap {step.Number} ('{step.Title}') heeft geen tijd, de andere stappen wel; het totaal telt deze stap niet mee");
            }
        }

        if (method.StatedTotalMinutes is not { } stated)
            return;

        if (!method.HasTimes)
        {
            diagnostics.Warning(statedAt, "totaal_volgens_bron",
                $"de bron noemt {stated} min, maar geen enkele stap heeft 'minuten'");
        }
        else if (stated != method.TotalMinutes)
        {
            var reasons = Reasons(method);
            var suffix = reasons.Count == 0 ? "" : $" ({string.Join("; ", reasons)})";
            diagnostics.Warning(statedAt, "totaal_volgens_bron",
                $"stappen tellen op tot {method.TotalMinutes} min, de bron noemt {stated} min{suffix}");
        }
    }

    private static List<string> Reasons(Method method)
    {
        var reasons = new List<string>();

        var optional = method.Steps.Where(s => s.Optional).ToList();
        if (optional.Count > 0)
        {
            reasons.Add($"{Steps(optional)} {Verb(optional, "is", "zijn")} optioneel, " +
                $"zonder {(optional.Count == 1 ? "die stap" : "die stappen")} {method.TotalMinutesWithoutOptional} min");
        }

        var repeating = method.Steps.Where(s => s.RepeatsPerTopic).ToList();
        if (repeating.Count > 0)
        {
            reasons.Add($"{Steps(repeating)} {Verb(repeating, "herhaalt", "herhalen")} per onderwerp, " +
                $"samen {repeating.Sum(s => s.Minutes ?? 0)} min");
        }

        var untimed = method.StepsWithoutTime;
        if (untimed.Count > 0)
            reasons.Add($"{Steps(untimed)} {Verb(untimed, "heeft", "hebben")} geen tijd");

        return reasons;
    }

    private static string Steps(IEnumerable<Step> steps) => $"stap {StepNumbers.Format(steps.Select(s => s.Number))}";

    private static string Verb(IReadOnlyCollection<Step> steps, string singular, string plural) =>
        steps.Count == 1 ? singular : plural;
}
